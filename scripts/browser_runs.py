"""`make browser-runs`: which examples get a "실행" button, by measurement.

Every example block of the built site is run through the page's own button (hooks/runner.py,
docs/assets/javascripts/run.js, docs/assets/runner/) in headless chromium, where Python is
Pyodide (CPython 3.14 for WebAssembly). A block whose panel then says it matches the page's
output (the 3.14 tab, compared as the tests compare) is runnable; the others get a reason:

    threads        uses threads or processes      network   sockets, servers, HTTP
    subprocess     starts a subprocess            package   needs a third-party package
    newer-python   requires-python >= 3.15        differs   runs, but prints something else

The result goes to snippets/browser-runs.toml, which is committed; the hook reads it, and
tests/test_runner.py runs every runnable example through its button again.

    python scripts/browser_runs.py [snippets/<chapter>[/<name>.py] ...]   (only those; the rest is kept)
"""

from __future__ import annotations

import re
import sys
import time
import tomllib
from pathlib import Path

import browser
import harness

RUNS = harness.SNIPPETS / "browser-runs.toml"
SITE = harness.ROOT / "site"
PYODIDE_PYTHON = (3, 14)
# What makes an example unable to run the same way in a browser, looked for in its code, in this order.
CAUSES = [
    ("subprocess", re.compile(r"\bsubprocess\b|create_subprocess_|\bos\.(system|popen|fork|exec)")),
    ("threads", re.compile(r"\bthreading\b|to_thread|run_in_executor|concurrent\.futures|ThreadPool|ProcessPool"
                           r"|multiprocessing|call_soon_threadsafe|run_coroutine_threadsafe|InterpreterPool|\bThread\(")),
    ("network", re.compile(r"\bsocket\b|open_connection|start_server|open_unix_connection|create_connection"
                           r"|create_server|create_datagram_endpoint|urllib|http\.client|getaddrinfo|\bssl\b")),
]


def reason_from_code(snippet: harness.Snippet) -> str:
    code = snippet.path.read_text(encoding="utf-8")
    for name, pattern in CAUSES:
        if pattern.search(code):
            return name
    return "differs"


def static_reason(snippet: harness.Snippet) -> str | None:
    """Reasons known before running: the browser's Python is 3.14 and has no third-party packages."""
    if snippet.requires > PYODIDE_PYTHON:
        return "newer-python"
    if snippet.meta.get("dependencies"):
        return "package"
    return None


def blocks_by_page(site: Path) -> dict[str, list[str]]:
    """URL path -> the examples (data-run) on that page, each example on the first page that shows it."""
    seen: set[str] = set()
    pages: dict[str, list[str]] = {}
    for path in browser.page_urls(site):
        html = (site / path / "index.html").read_text(encoding="utf-8")
        for rel in re.findall(r'data-run="([^"]+)"', html):
            if rel not in seen:
                seen.add(rel)
                pages.setdefault(path, []).append(rel)
    return pages


def press(page, rel: str, timeout: float = 90):
    """Press the 실행 button of example `rel` as a reader does; wait for the panel's verdict; return the panel."""
    block = page.locator(f'div.highlight[data-run="{rel}"]').first
    # A reader opens the answer (<details>) or the tab that holds the example before pressing its button.
    block.evaluate("""b => {
      for (let d = b.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
      for (let t = b.closest('.tabbed-block'); t; t = t.parentElement.closest('.tabbed-block')) {
        const k = [...t.parentElement.children].indexOf(t);
        t.closest('.tabbed-set').querySelectorAll(':scope > input')[k].checked = true;
      }
    }""")
    block.scroll_into_view_if_needed()
    button = block.locator("button.run-button")
    button.wait_for(state="attached", timeout=10_000)  # Material adds the nav when the block comes into view
    block.hover()
    button.click()
    panel = page.locator(f'div.highlight[data-run="{rel}"] + .run-panel').first
    panel.wait_for(timeout=10_000)
    page.wait_for_function("p => p.dataset.verdict", arg=panel.element_handle(), timeout=timeout * 1000)
    return panel


def click_run(page, rel: str, timeout: float = 90) -> dict:
    """Run example `rel` through its button; the panel's verdict, status, output and timing; closes the panel."""
    panel = press(page, rel, timeout)
    result = panel.evaluate("""p => ({verdict: p.dataset.verdict, status: p.querySelector('.run-status').textContent,
                                      output: p.querySelector('.run-output').textContent,
                                      first: Number(p.dataset.firstOutputMs || 0), cold: p.dataset.cold === 'true'})""")
    panel.locator("button", has_text="닫기").click()
    return result


def measure(site_url: str, pages: dict[str, list[str]], only: set[str] | None, chrome) -> dict[str, dict]:
    results = {}
    for path, rels in pages.items():
        todo = [r for r in rels if only is None or r in only]
        if not todo:
            continue
        context = browser.new_context(chrome, "light", browser.DESKTOP)
        context.add_init_script("window.__guideRunAll = true")
        page = context.new_page()
        try:
            page.goto(site_url + path, wait_until="load")
            for rel in todo:
                started = time.perf_counter()
                try:
                    results[rel] = click_run(page, rel)
                except Exception as err:  # a hung page: note it, start the next example on a fresh page
                    results[rel] = {"verdict": "failed", "status": f"{type(err).__name__}: {str(err)[:200]}", "output": ""}
                    page.close()
                    page = context.new_page()
                    page.goto(site_url + path, wait_until="load")
                r = results[rel]
                print(f"  {r['verdict']:8} {time.perf_counter() - started:5.1f}s {rel}", file=sys.stderr, flush=True)
        finally:
            context.close()
    return results


def write(entries: dict[str, bool | str], notes: dict[str, str]) -> None:
    lines = [
        "# make browser-runs 가 만드는 파일입니다 (scripts/browser_runs.py). 손으로 고치지 마세요.",
        "# 예제마다 브라우저의 Pyodide(CPython 3.14)에서 페이지의 실행 단추로 실행한 결과:",
        "# true 면 페이지의 출력과 같아 실행 단추가 붙고, 아니면 단추 대신 알림이 붙는 까닭",
        "# (threads, network, subprocess, package, newer-python, differs: hooks/runner.py 의 REASONS).",
        "",
        "[runs]",
    ]
    for rel in sorted(entries):
        value = "true" if entries[rel] is True else f'"{entries[rel]}"'
        note = notes.get(rel, "")
        lines.append(f'"{rel}" = {value}' + (f"  # {note}" if note else ""))
    RUNS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def old_notes() -> dict[str, str]:
    """The `# verdict: ...` comment of each entry, which the TOML reader drops."""
    if not RUNS.exists():
        return {}
    found = re.findall(r'(?m)^"([^"]+)" = [^#\n]+?  # (.+)$', RUNS.read_text(encoding="utf-8"))
    return dict(found)


def main(argv: list[str]) -> int:
    if not (SITE / "assets" / "pyodide" / "pyodide.mjs").exists():
        print("site/ 에 Pyodide 가 없습니다: make build 로 먼저 빌드하세요 (npm ci 로 설치합니다).", file=sys.stderr)
        return 1
    only = {s.rel for s in harness.find_snippets(argv)} if argv else None
    old = tomllib.loads(RUNS.read_text(encoding="utf-8")).get("runs", {}) if RUNS.exists() else {}
    pages = blocks_by_page(SITE)
    on_pages = {rel for rels in pages.values() for rel in rels}
    snippets = {s.rel: s for s in harness.find_snippets() if s.rel in on_pages}
    with browser.serve(SITE) as url, browser.browser() as chrome:
        measured = measure(url, pages, only, chrome)
    entries = {rel: v for rel, v in old.items() if rel in snippets and (only is None or rel not in only)}
    notes = {rel: note for rel, note in old_notes().items() if rel in entries}  # kept for what was not measured again
    for rel, r in measured.items():
        snippet = snippets[rel]
        known = static_reason(snippet)
        if known:
            entries[rel] = known
        elif r["verdict"] == "match":
            entries[rel] = True
        else:
            entries[rel] = reason_from_code(snippet)
            first = r["status"].replace("\n", " ").replace('"', "'")[:150]
            notes[rel] = f"{r['verdict']}: {first}"
    write(entries, notes)
    counts: dict[str, int] = {}
    for v in entries.values():
        counts["runs" if v is True else v] = counts.get("runs" if v is True else v, 0) + 1
    print(f"{RUNS.relative_to(harness.ROOT)}: 예제 {len(entries)}개 — " +
          ", ".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
