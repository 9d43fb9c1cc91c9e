"""Mermaid diagrams drawn once, ahead of time, so readers download no Mermaid script.

Authors write a ```mermaid fence in docs/. `make diagrams` draws each fence in Debian's
chromium with the Mermaid copy in tests/vendor/, in a light and a dark version, into
docs/assets/diagrams/<hash of the source>-{light,dark}.svg (committed).
At build time, this MkDocs hook swaps each fence for two lazy <img> (the theme's CSS shows
one), with the fence's accTitle and accDescr as the text alternative. A fence whose
pictures are missing, because its source changed, fails the build and says what to run.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FOLDER = DOCS / "assets" / "diagrams"
MERMAID = ROOT / "tests" / "vendor" / "mermaid.min.js"
FENCE_MD = re.compile(r"^```mermaid[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)
FENCE_HTML = re.compile(r'<pre class="diagram"><code>(.*?)</code></pre>', re.S)
SIZE = re.compile(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"')
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
    found = dict(re.findall(r"^\s*(accTitle|accDescr)\s*:\s*(.+)$", source, re.M))
    return ". ".join(found[k].strip().rstrip(".") for k in ("accTitle", "accDescr") if k in found) + "."


# --- MkDocs hook ---------------------------------------------------------------------------

def on_page_content(content: str, page, config, files) -> str:
    from mkdocs.exceptions import PluginError

    base = "../" * page.url.count("/") if not page.is_homepage else ""

    def swap(match: re.Match) -> str:
        source = html.unescape(match.group(1))
        if not all(picture(source, t).exists() for t in THEMES):
            line = _line_of(DOCS / page.file.src_path, source)
            raise PluginError(
                f"docs/{page.file.src_path}:{line}: 이 Mermaid 그림을 아직 그리지 않았습니다 "
                f"(그림의 원문이 바뀌었거나 새 그림입니다). `make diagrams` 를 실행하고 "
                f"docs/assets/diagrams/ 의 새 파일을 함께 커밋하세요.")
        width, height = SIZE.search(picture(source, "light").read_text(encoding="utf-8")).groups()
        alt = html.escape(alt_text(source), quote=True)
        wide = " diagram-wide" if float(width) > 620 else ""  # 휴대폰에서는 줄이지 않고 가로로 스크롤
        imgs = "".join(
            f'<img class="diagram-{t}{wide}" src="{base}assets/diagrams/{picture(source, t).name}" alt="{alt}" '
            f'width="{round(float(width))}" height="{round(float(height))}" loading="lazy" decoding="async">'
            for t in THEMES)
        return f'<figure class="diagram-figure">{imgs}</figure>'

    return FENCE_HTML.sub(swap, content)


def _line_of(page: Path, source: str) -> int:
    text = page.read_text(encoding="utf-8")
    for m in FENCE_MD.finditer(text):
        if m.group(1).strip() == source.strip():
            return text.count("\n", 0, m.start()) + 1
    return 1


# --- make diagrams -------------------------------------------------------------------------

def sources() -> dict[str, str]:
    """Every Mermaid fence in docs/, by key."""
    return {key(m.group(1)): m.group(1).strip()
            for page in sorted(DOCS.rglob("*.md")) for m in FENCE_MD.finditer(page.read_text(encoding="utf-8"))}


def render(force: bool = False) -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    import browser
    from playwright.sync_api import sync_playwright

    FOLDER.mkdir(parents=True, exist_ok=True)
    wanted = sources()
    drawn = 0
    with sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=browser.chromium_path(), args=browser.CHROMIUM_FLAGS[1:])
        page = chrome.new_page(viewport={"width": 720, "height": 900})  # 간트 차트는 이 폭에 맞춰 그려집니다
        page.set_content("<!doctype html><meta charset=utf-8><body></body>")
        page.add_script_tag(path=str(MERMAID))
        for k, source in wanted.items():
            for theme, options in THEMES.items():
                out = FOLDER / f"{k}-{theme}.svg"
                if out.exists() and not force:
                    continue
                svg = page.evaluate(
                    """async ([id, source, options]) => {
                         mermaid.initialize({startOnLoad: false, securityLevel: "strict", deterministicIds: true,
                                             htmlLabels: false, flowchart: {htmlLabels: false}, ...options});
                         return (await mermaid.render(id, source)).svg;
                       }""",
                    [f"d{k}", source, options])
                out.write_text(svg + "\n", encoding="utf-8")
                drawn += 1
        chrome.close()
    stale = [f for f in FOLDER.glob("*.svg") if f.name.split("-")[0] not in wanted]
    for f in stale:
        f.unlink()
    print(f"Mermaid 그림 {len(wanted)}개: 새로 그린 파일 {drawn}개, 지운 옛 파일 {len(stale)}개 ({FOLDER.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(render(force="--force" in sys.argv))
