"""A real browser on the built site: Debian's chromium driven by Playwright.

Used by tests/test_browser.py, hooks/diagrams.py, `make screenshots` and the search comparison.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def chromium_path() -> str | None:
    """$CHROMIUM, else a chromium on PATH, else the one `playwright install chromium` downloaded."""
    if chosen := os.environ.get("CHROMIUM"):
        return shutil.which(chosen)
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found and not found.startswith("/snap/"):  # Ubuntu's snap chromium cannot read /tmp
            return found
    return playwright_chromium()


def playwright_chromium() -> str | None:
    """Newest chromium in Playwright's download folder (Linux and macOS layouts)."""
    caches = [os.environ.get("PLAYWRIGHT_BROWSERS_PATH"),
              Path.home() / ".cache" / "ms-playwright", Path.home() / "Library" / "Caches" / "ms-playwright"]
    patterns = ["chromium-*/chrome-linux*/chrome", "chromium-*/chrome-mac*/*.app/Contents/MacOS/*"]
    found = [path for cache in caches if cache for pattern in patterns for path in Path(cache).glob(pattern)]
    found = [path for path in found if path.is_file() and os.access(path, os.X_OK)]
    return str(max(found, key=lambda path: path.parts[-4:])) if found else None


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the tests report what matters
        pass


class GzipHandler(QuietHandler):
    """Compress text as GitHub Pages does, so byte counts match what readers download."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or \
                path.suffix not in (".html", ".css", ".js", ".json", ".svg", ".xml") or not path.is_file():
            return super().send_head()
        import gzip
        import io

        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A page closed mid-download (a run button's worker preloading Pyodide) is not an error."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path, gzip: bool = False):
    """Serve `site` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(GzipHandler if gzip else QuietHandler, directory=str(site))
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def browser():
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if not path:
        raise RuntimeError("chromium 이 없습니다: `apt-get install chromium` (또는 CHROMIUM=경로)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        try:
            yield b
        finally:
            b.close()


def page_urls(site: Path) -> list[str]:
    """Every content page as a URL path (directory URLs), home first."""
    paths = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        if rel.startswith(("assets", "search")):
            continue
        paths.append("" if rel == "." else rel + "/")
    return sorted(paths, key=lambda p: (p != "", p))


def new_context(b, scheme: str, size: dict, **kw):
    """A fresh reader: the palette follows the system setting, as on first visit."""
    return b.new_context(color_scheme=scheme, viewport=size, locale="ko-KR", **kw)


def render_diagrams(page) -> None:
    """Bring each diagram into view, as a reader scrolling by would, until its picture has loaded
    (hooks/diagrams.py makes them lazy, and extra.css draws a block only near the screen: blocks
    drawn on the way grow from their estimated height, so the figure may move and we scroll again)."""
    figures = page.locator("figure.diagram-figure")
    for k in range(figures.count()):
        figures.nth(k).evaluate(
            """async figure => {
                 const frame = () => new Promise(ok => requestAnimationFrame(() => requestAnimationFrame(ok)));
                 for (let tries = 0; tries < 20; tries++) {
                   figure.scrollIntoView({block: 'center'});
                   await frame();
                   const box = figure.getBoundingClientRect();
                   if (box.bottom > 0 && box.top < innerHeight) break;
                 }
                 await Promise.all([...figure.querySelectorAll('img')]
                   .filter(img => getComputedStyle(img).display !== 'none')
                   .map(img => img.complete && img.naturalWidth ? null : new Promise((ok, fail) => {
                     img.addEventListener('load', ok);
                     img.addEventListener('error', () => fail(new Error('그림을 못 불렀습니다: ' + img.src)));
                   })));
               }""")
    page.evaluate("window.scrollTo(0, 0)")


def search(page, query: str) -> list[str]:
    """Type into the search box as a reader does; return result pages in order."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    # Hangul arrives as inserted text with no key events (as from an IME); Material
    # searches on keyup, so finish with a key as a reader's keyboard would.
    box.press("End")
    try:
        page.wait_for_function(
            "(() => { const m = document.querySelector('.md-search-result__meta');"
            " return m && /일치|없습니다/.test(m.innerText); })()",
            timeout=5000,
        )
    except Exception:  # still "검색어를 입력하세요": the pipeline trimmed the whole query away
        return []
    page.wait_for_timeout(200)  # the worker answers per keystroke: let the last answer land
    hrefs = page.eval_on_selector_all(
        "li.md-search-result__item > a.md-search-result__link", "els => els.map(a => a.href)"
    )
    pages: list[str] = []
    for href in hrefs:
        path = urlparse(href).path.strip("/")
        p = path.split("/")[0] + "/" if path else "/"
        if p not in pages:
            pages.append(p)
    return pages


def search_rates(chrome, site_url, queries) -> tuple[float, float, list[str]]:
    context = new_context(chrome, "light", DESKTOP)
    page = context.new_page()
    page.goto(site_url, wait_until="networkidle")
    first = top3 = 0
    misses = []
    try:
        for q in queries:
            got = search(page, q["q"])
            want = set(q["pages"])
            if got[:1] and got[0] in want:
                first += 1
            if want & set(got[:3]):
                top3 += 1
            else:
                misses.append(f"{q['q']!r}: 기대 {sorted(want)}, 결과 {got[:3]}")
    finally:
        context.close()
    return first / len(queries), top3 / len(queries), misses
