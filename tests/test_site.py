"""Checks on the built HTML, as a reader gets it."""

from __future__ import annotations

import concurrent.futures
import re
import warnings
import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import harness
from conftest import INTERPRETERS


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts)


def test_strict_build(built_site):
    assert (built_site / "index.html").exists()


def test_no_unexpanded_include(built_site):
    left = []
    for page in pages(built_site):
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if "--8&lt;--" in line or "--8<--" in line:
                left.append(f"{page.relative_to(built_site)}:{n}: {line.strip()[:100]}")
    assert not left, "빌드된 HTML 에 펼쳐지지 않은 --8<-- 가 남았습니다 (들여쓰기나 따옴표를 확인하세요):\n" + "\n".join(left)


def test_no_third_party_requests(built_site):
    """Pages load nothing from other hosts: no Google Fonts, no CDN scripts."""
    outside = []
    for page in pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for el in soup.find_all(tag):
                url = el.get(attr) or ""
                if tag == "link" and "stylesheet" not in (el.get("rel") or []) and "preconnect" not in (el.get("rel") or []):
                    continue
                if re.match(r"^(https?:)?//", url):
                    outside.append(f"{page.relative_to(built_site)}: <{tag} {attr}=\"{url}\">")
    assert not outside, "다른 호스트에서 불러오는 자원이 있습니다:\n" + "\n".join(outside)


def tab_label(div) -> str | None:
    """The label of the tab a block sits in ("3.14"), or None outside tabs."""
    block = div.find_parent("div", class_="tabbed-block")
    if block is None:
        return None
    labels = block.find_parent("div", class_="tabbed-set").select(":scope > div.tabbed-labels > label")
    siblings = block.find_parent("div", class_="tabbed-content").find_all("div", class_="tabbed-block", recursive=False)
    # by identity: tabs with the same output are equal Tags
    return labels[next(k for k, b in enumerate(siblings) if b is block)].get_text().strip()


def code_blocks(html: str):
    """(title, code as the copy button copies it, tab label) for each titled code block, in page order."""
    soup = BeautifulSoup(html, "html.parser")
    for div in soup.select("div.highlight"):
        title = div.select_one("span.filename")
        code = div.select_one("pre > code")
        if title and code:
            for hidden in code.select(".md-annotation, .md-annotation__index"):
                hidden.decompose()
            yield title.get_text(), code.get_text(), tab_label(div)


def reader_checks(site: Path):
    """Every whole snippet on every page, copied from the HTML and run, with the output shown under it."""
    jobs = []
    for page in pages(site):
        blocks = list(code_blocks(page.read_text(encoding="utf-8")))
        for k, (title, code, _) in enumerate(blocks):
            if not title.endswith(".py"):
                continue
            shown = []
            for t2, text, label in blocks[k + 1 :]:
                if t2 != "출력":
                    break
                shown.append((label, text))
            siblings = {t: c for t, c, _ in blocks  # files shown on the page (e.g. pytest.ini)
                        if re.fullmatch(r"[\w.-]+\.\w+", t) and t != title}
            jobs.append((page.relative_to(site).as_posix(), title, code, shown, siblings))
    return jobs


def run_copied(chapter_hint: str, title: str, code: str, shown: list[tuple[str | None, str]],
               siblings: dict[str, str]) -> str | None:
    """Copy the block into a folder, with the page's other files beside it (a test may
    import the module shown above it), run it, and compare with the output shown."""
    matches = [s for s in harness.find_snippets() if s.path.name == title
               and harness.without_section_marks(s.path.read_text(encoding="utf-8")) == code]
    if not matches:
        return f"{chapter_hint}: 코드 블록 \"{title}\" 의 내용이 어느 snippets/ 파일과도 같지 않습니다."
    snippet = matches[0]
    interp = INTERPRETERS[-1] if INTERPRETERS and INTERPRETERS[-1].version >= snippet.requires else None  # what a new reader installs
    if interp is None:
        return f"SKIP {chapter_hint}: {title} 는 파이썬 {snippet.requires[0]}.{snippet.requires[1]}+ 가 필요합니다"
    if not shown:
        return f"{chapter_hint}: \"{title}\" 아래에 출력 블록이 없습니다."
    version = f"{interp.version[0]}.{interp.version[1]}"
    if any(label for label, _ in shown):  # version tabs: the tab of the Python that runs it
        mine = [text for label, text in shown if label == version]
        if len(mine) != 1:
            return f"{chapter_hint}: \"{title}\" 의 출력 탭 {[l for l, _ in shown]} 에 파이썬 {version} 탭이 없습니다."
        shown = mine
    else:
        shown = [text for _, text in shown]
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in siblings.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        copied = Path(tmp) / title
        copied.write_text(code, encoding="utf-8")
        strict = not any(harness.DIAGNOSTIC.search(s) for s in shown)
        result = harness.run(snippet, interp.python, strict=strict, source=copied)
    problems = [harness.explain(snippet, result, s, f"make outputs ONLY={snippet.shown}") for s in shown]
    if all(problems):
        return f"{chapter_hint}: 복사한 \"{title}\" 을 실행한 출력이 페이지의 출력과 다릅니다.\n{problems[0]}"
    return None


@pytest.fixture(scope="session")
def reader_results(built_site):
    jobs = reader_checks(built_site)
    heavy = {s.path.name for s in harness.find_snippets() if s.alone}
    with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(lambda j: None if j[1] in heavy else run_copied(*j), jobs))
    for k, job in enumerate(jobs):  # CPU-heavy snippets alone, so their timings hold
        if job[1] in heavy:
            results[k] = run_copied(*job)
    return jobs, results


def test_copied_code_prints_the_output_shown(reader_results):
    """The invariant, end to end: copy from the HTML, run, compare with the HTML."""
    jobs, results = reader_results
    assert jobs, "빌드된 사이트에서 예제 코드 블록을 하나도 찾지 못했습니다."
    for skipped in (r for r in results if r and r.startswith("SKIP ")):
        warnings.warn(f"실행하지 못한 예제: {skipped[5:]}")
    problems = [r for r in results if r and not r.startswith("SKIP ")]
    assert not problems, "\n\n".join(problems)


def test_every_snippet_is_copyable_somewhere(reader_results):
    jobs, _ = reader_results
    on_pages = {job[1] for job in jobs}
    missing = [s.shown for s in harness.find_snippets() if s.path.name not in on_pages]
    assert not missing, "빌드된 사이트에서 통째로 보이지 않는 예제:\n" + "\n".join(missing)


def test_korean_404_page(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert "페이지를 찾을 수 없습니다" in html


def test_last_updated_in_korean(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "git-revision-date-localized-plugin" in html and "년" in html


def test_zensical_builds_the_same_config(tmp_path):
    """Material reaches end of life in 2027; its successor must keep building this mkdocs.yml."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path as P

    for name in ("mkdocs.yml", "docs", "snippets", "includes", "overrides", "hooks"):
        src = harness.ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, tmp_path / name)
    zensical = P(sys.executable).parent / "zensical"
    done = subprocess.run([str(zensical), "build"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, "zensical build 가 실패했습니다:\n" + (done.stdout + done.stderr)[-3000:]
    built = sorted(p.parent.name for p in (tmp_path / "site").glob("*/index.html"))
    pages = sorted(p.stem for p in harness.DOCS.glob("*.md") if p.stem != "index")
    assert built == pages, f"zensical 이 만든 페이지가 다릅니다: {built} ≠ {pages}"


def test_glossary_terms_explain_themselves_on_hover(built_site):
    """Every term in includes/abbreviations.md reaches the pages as <abbr title="English — meaning">,
    which the browser shows on hover (and screen readers can read)."""
    import html as html_lib

    terms = dict(re.findall(r"^\*\[(.+?)\]: (.+)$", (harness.ROOT / "includes" / "abbreviations.md").read_text(encoding="utf-8"), re.M))
    assert len(terms) >= 30, "includes/abbreviations.md 에서 용어를 찾지 못했습니다"
    shown = {}
    for page in pages(built_site):
        for term, title in re.findall(r'<abbr title="([^"]*)">([^<]*)</abbr>', page.read_text(encoding="utf-8")):
            shown.setdefault(title, html_lib.unescape(term))
    unused = [t for t in terms if t not in shown]
    wrong = [f"{t}: {shown[t]!r} ≠ {terms[t]!r}" for t in terms if t in shown and shown[t] != terms[t]]
    assert not wrong, "용어 풀이가 includes/abbreviations.md 와 다릅니다:\n" + "\n".join(wrong)
    assert not unused, ("어느 페이지에도 나오지 않는 용어 풀이입니다. 낱말이 본문에 그대로(조사 없이) 나오는지 보거나 "
                        "includes/abbreviations.md 에서 지우세요:\n" + "\n".join(unused))
