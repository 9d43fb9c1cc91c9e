"""The "실행" button: run an example in the reader's browser (Pyodide, CPython 3.14 for WebAssembly).

Which examples get a button is measured, not assumed: `make browser-runs` (scripts/browser_runs.py)
runs every example through the page's own button in headless chromium and writes
snippets/browser-runs.toml (runnable = true, or the reason it is not). This hook reads that file and

- marks each example block with data-run="<chapter>/<name>.py" (and data-run-no="<reason>" when it
  has no button) and puts a short Korean note with the reason under the blocks without one;
- adds one small deferred script (assets/javascripts/run.js) to pages that have examples; it adds the
  buttons, and loads the rest (assets/runner/) and Pyodide only when the reader presses one;
- copies the few Pyodide files the site needs from node_modules/pyodide (npm ci, package-lock.json)
  into assets/pyodide/, and tells run.js their size so the button can say it before the first download.

Without node_modules/pyodide (a scratch copy, a build that skipped `npm ci`) pages are built without
buttons and the build says so; `make build` and `make serve` install it first.
"""

from __future__ import annotations

import html
import logging
import re
import shutil
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import harness  # noqa: E402

log = logging.getLogger("mkdocs.hooks.runner")

PYODIDE = harness.ROOT / "node_modules" / "pyodide"
# What a page needs to run Python: the loader, the runtime, the standard library and the package list.
PYODIDE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]
RUNS = harness.SNIPPETS / "browser-runs.toml"
REASONS = {
    "threads": "스레드나 프로세스를 쓰는 예제라 브라우저에서는 다르게 동작합니다",
    "network": "네트워크(소켓)를 쓰는 예제라 브라우저에서는 실행할 수 없습니다",
    "subprocess": "서브 프로세스를 띄우는 예제라 브라우저에서는 실행할 수 없습니다",
    "package": "외부 패키지가 필요한 예제라 브라우저에서는 실행하지 않습니다",
    "newer-python": "파이썬 3.15 이상이 필요한 예제라 브라우저의 파이썬 3.14 로는 실행할 수 없습니다",
    "differs": "브라우저의 파이썬(Pyodide)에서는 출력이 페이지와 달라집니다",
}
NOTE_END = " — 내 컴퓨터에서 실행하세요"
BLOCK = re.compile(
    r'<div class="language-python highlight"><span class="filename">(?P<name>[\w.-]+\.py)</span>'
    r"(?P<body><pre>.*?</pre></div>)",
    re.DOTALL,
)

_state: dict = {"runs": {}, "size": None}


def load_runs() -> dict[str, bool | str]:
    if not RUNS.exists():
        return {}
    return tomllib.loads(RUNS.read_text(encoding="utf-8")).get("runs", {})


def pyodide_size() -> int | None:
    paths = [PYODIDE / name for name in PYODIDE_FILES]
    return sum(p.stat().st_size for p in paths) if all(p.exists() for p in paths) else None


def on_config(config):
    _state["runs"] = load_runs()
    _state["size"] = pyodide_size()
    if _state["size"] is None:
        log.info("node_modules/pyodide 가 없어 실행 단추 없이 빌드합니다 (make build 가 npm ci 로 설치합니다)")
    return config


def snippet_for(name: str, code_html: str, chapter: str) -> harness.Snippet | None:
    """The snippet a block shows: the page's own chapter first, else the one file of that name
    whose text is the block's (pymdownx.snippets may include from another chapter)."""
    own = harness.SNIPPETS / chapter / name
    if own.exists():
        return harness.Snippet(own)
    found = [p for p in harness.SNIPPETS.glob(f"*/{name}")]
    if len(found) == 1:
        return harness.Snippet(found[0])
    text = html.unescape(re.sub(r"<[^>]+>", "", code_html))
    for p in found:
        if harness.without_section_marks(p.read_text(encoding="utf-8")).rstrip("\n") == text.rstrip("\n"):
            return harness.Snippet(p)
    return None


def mark(content: str, chapter: str, runs: dict) -> tuple[str, int]:
    count = 0

    def replace(m: re.Match) -> str:
        nonlocal count
        snippet = snippet_for(m["name"], m["body"], chapter)
        if snippet is None:
            return m[0]
        count += 1
        rel = snippet.rel
        verdict = runs.get(rel, "differs" if rel in runs else None)
        attrs = f' data-run="{rel}"'
        note = ""
        if verdict is not True:
            reason = verdict if verdict in REASONS else "unmeasured"
            attrs += f' data-run-no="{reason}"'
            if reason in REASONS:
                note = f'<p class="run-note" data-search-exclude>{REASONS[reason]}{NOTE_END}</p>'
        head = m[0][: len('<div class="language-python highlight"')]
        return head + attrs + m[0][len(head):] + note

    return BLOCK.sub(replace, content), count


def on_page_content(content: str, page, config, files) -> str:
    if _state["size"] is None:
        return content
    chapter = Path(page.file.src_path).stem
    content, count = mark(content, chapter, _state["runs"])
    page.meta["run_blocks"] = count
    return content


def on_post_page(output: str, page, config) -> str:
    if not page.meta.get("run_blocks"):
        return output
    mb = _state["size"] / 1_000_000
    src = "../" * page.url.count("/") + "assets/javascripts/run.js"
    tag = f'<script src="{src}" data-size="{mb:.1f}" defer></script>'
    return output.replace("</body>", tag + "\n</body>", 1)


def on_post_build(config):
    if _state["size"] is None:
        return
    target = Path(config["site_dir"]) / "assets" / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        src, dst = PYODIDE / name, target / name
        if not dst.exists() or dst.stat().st_size != src.stat().st_size or dst.stat().st_mtime < src.stat().st_mtime:
            shutil.copy2(src, dst)
