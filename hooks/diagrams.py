"""Mermaid diagrams drawn once, ahead of time, so readers download no Mermaid script.

Authors write a ```mermaid fence in docs/. `make diagrams` draws each fence in Debian's
chromium with the Mermaid that npm installs into scripts/node_modules/ (make diagrams), in a light and a dark version, into
docs/assets/diagrams/<hash of the source>-{light,dark}.svg (committed).
At build time, this MkDocs hook swaps each fence for two lazy <img> (the theme's CSS shows
one), with the fence's accTitle and accDescr as the text alternative. A fence whose
pictures are missing, because its source changed, fails the build and says what to run.
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
import textwrap
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FOLDER = DOCS / "assets" / "diagrams"
MERMAID = ROOT / "scripts" / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
FENCE_MD = re.compile(r"^([ \t]*)```mermaid[ \t]*\n(.*?)^\1```[ \t]*$", re.S | re.M)
FENCE_HTML = re.compile(r'<pre class="diagram"><code>(.*?)</code></pre>', re.S)
SIZE = re.compile(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"')
WIDE = 620  # 이보다 넓은 그림은 휴대폰에서 줄이지 않고 가로로 스크롤합니다 (extra.css 의 .diagram-wide)
FONT = '"Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif'
THEMES = {
    "light": {"theme": "default", "themeVariables": {"edgeLabelBackground": "#ffffff", "fontFamily": FONT}},
    # 어두운 테마에서도 선 위 글자가 배경과 4.5:1 이상 대비되게
    "dark": {"theme": "dark", "themeVariables": {"edgeLabelBackground": "#2b2f3a", "textColor": "#eceff4",
                                                 "lineColor": "#aab2c5", "fontFamily": FONT}},
}


def key(source: str) -> str:
    return hashlib.sha256(source.strip().encode()).hexdigest()[:12]


def picture(source: str, theme: str) -> Path:
    return FOLDER / f"{key(source)}-{theme}.svg"


def alt_text(source: str) -> str:
    title = re.search(r"^\s*accTitle\s*:\s*(.+)$", source, re.M)
    desc = re.search(r"^\s*accDescr\s*(?::\s*(.+)$|\{(.*?)\})", source, re.M | re.S)
    parts = [title and title.group(1), desc and (desc.group(1) or " ".join(desc.group(2).split()))]
    return ". ".join(p.strip().rstrip(".") for p in parts if p) + "."


def sources() -> dict[str, tuple[str, str]]:
    """Every Mermaid fence in docs/: key → (source, "docs/page.md:line")."""
    found = {}
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for m in FENCE_MD.finditer(text):
            source = textwrap.dedent(m.group(2)).strip()
            where = f"{page.relative_to(ROOT).as_posix()}:{text.count(chr(10), 0, m.start()) + 1}"
            found.setdefault(key(source), (source, where))
    return found


# --- MkDocs hook ---------------------------------------------------------------------------

def on_page_content(content: str, page, config, files) -> str:
    base = "../" * page.url.count("/")

    def swap(match: re.Match) -> str:
        source = html.unescape(match.group(1))
        if not all(picture(source, t).exists() for t in THEMES):
            at = sources().get(key(source), (None, f"docs/{page.file.src_path}"))[1]
            raise PluginError(
                f"{at}: 이 Mermaid 그림을 아직 그리지 않았습니다 (그림의 원문이 바뀌었거나 새 그림입니다). "
                f"`make diagrams` 를 실행하고 `git add -A docs/assets/diagrams/` 로 함께 커밋하세요.")
        size = SIZE.search(picture(source, "light").read_text(encoding="utf-8"))
        if not size:
            raise PluginError(f"{picture(source, 'light')}: viewBox 가 없습니다. `make diagrams FORCE=1` 로 다시 그리세요.")
        width, height = (round(float(v)) for v in size.groups())
        wide = " diagram-wide" if width > WIDE else ""
        alt = html.escape(alt_text(source), quote=True)
        imgs = "".join(
            f'<img class="diagram-{t}{wide}" src="{base}assets/diagrams/{picture(source, t).name}" alt="{alt}" '
            f'width="{width}" height="{height}" loading="lazy" decoding="async">'
            for t in THEMES)
        return f'<figure class="diagram-figure">{imgs}</figure>'

    return FENCE_HTML.sub(swap, content)


# --- make diagrams -------------------------------------------------------------------------

def render(force: bool = False) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import browser
    from playwright.sync_api import Error, sync_playwright

    if not browser.chromium_path():
        sys.exit("그림을 그리려면 chromium 이 필요합니다: `apt-get install chromium`, "
                 "또는 다른 경로라면 `CHROMIUM=경로 make diagrams`")
    FOLDER.mkdir(parents=True, exist_ok=True)
    wanted = sources()
    drawn = 0
    with sync_playwright() as p:
        flags = [f for f in browser.CHROMIUM_FLAGS if f != "--headless"]  # Playwright 가 직접 붙입니다
        chrome = p.chromium.launch(executable_path=browser.chromium_path(), args=flags)
        page = chrome.new_page(viewport={"width": 720, "height": 900})  # 간트 차트는 이 폭에 맞춰 그려집니다
        page.set_content("<!doctype html><meta charset=utf-8><body></body>")
        page.add_script_tag(path=str(MERMAID))
        for k, (source, where) in wanted.items():
            for theme, options in THEMES.items():
                out = FOLDER / f"{k}-{theme}.svg"
                if out.exists() and not force:
                    continue
                try:
                    svg = page.evaluate(
                        """async ([id, source, options]) => {
                             mermaid.initialize({startOnLoad: false, securityLevel: "strict", deterministicIds: true,
                                                 htmlLabels: false, flowchart: {htmlLabels: false}, ...options});
                             return (await mermaid.render(id, source)).svg;
                           }""",
                        [f"d{k}", source, options])
                except Error as error:
                    chrome.close()
                    detail = "\n".join(str(error).removeprefix("Page.evaluate: ").splitlines()[:4])
                    sys.exit(f"{where}: Mermaid 가 이 그림을 그리지 못했습니다. 그림 원문을 고치세요.\n{detail}")
                out.write_text(svg + "\n", encoding="utf-8")
                drawn += 1
        chrome.close()
    stale = [f for f in FOLDER.glob("*.svg") if f.name.split("-")[0] not in wanted]
    for f in stale:
        f.unlink()
    print(f"Mermaid 그림 {len(wanted)}개: 새로 그린 파일 {drawn}개, 지운 옛 파일 {len(stale)}개 "
          f"({FOLDER.relative_to(ROOT)}). `git add -A {FOLDER.relative_to(ROOT)}` 로 커밋하세요.")


if __name__ == "__main__":
    render(force="--force" in sys.argv)
