"""Checks on the Markdown sources: every include resolves, every snippet is on a page
with its output under it, and every python fence is either run by pytest or marked."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

import harness

PAGES = sorted(harness.DOCS.rglob("*.md"))
INCLUDE = re.compile(r'^(?P<indent>\s*)-{1,}8<-{1,}\s+"(?P<target>[^"]+)"\s*$')
FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
PYTHON_INFO = re.compile(r"^\{?\s*\.?(python3?|py)\b")
BASES = [harness.ROOT / "snippets", harness.ROOT / "includes"]
THIRD_PARTY = ("httpx", "requests", "pytest", "pytest_asyncio")


def rel(path: Path) -> str:
    return path.relative_to(harness.ROOT).as_posix()


def fences(path: Path):
    """(line number, indent, info, body lines) of every fenced block, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if m and not m.group("info").startswith(("`", "~")):
            fence, start = m.group("fence"), i
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() != fence:
                body.append(lines[i])
                i += 1
            yield start + 1, m.group("indent"), m.group("info").strip(), body
        i += 1


def includes(path: Path):
    """(line number, file, section) of every `--8<--` include line on a page."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = INCLUDE.match(line)
        if m:
            target = m.group("target")
            name, _, section = target.partition(":") if not re.match(r"^[A-Za-z]:", target) else (target, "", "")
            yield n, name, section


def resolve(name: str) -> Path | None:
    for base in BASES:
        if (base / name).is_file():
            return base / name
    return None


@pytest.mark.parametrize("page", PAGES, ids=[rel(p) for p in PAGES])
def test_includes_resolve(page):
    """A typo in an include path or section name is named with its file and line."""
    problems = []
    known = sorted(p.relative_to(harness.SNIPPETS).as_posix() for p in harness.SNIPPETS.rglob("*") if p.is_file())
    for n, name, section in includes(page):
        found = resolve(name)
        if not found:
            guess = difflib.get_close_matches(name, known, n=1)
            hint = f" 혹시 \"{guess[0]}\" 인가요?" if guess else ""
            problems.append(f"{rel(page)}:{n}: 포함할 파일 \"{name}\" 이 snippets/ 에 없습니다.{hint}")
        elif section and f"[start:{section}]" not in found.read_text(encoding="utf-8"):
            problems.append(f"{rel(page)}:{n}: {rel(found)} 에 구역 \"{section}\" 이 없습니다. "
                            f"파일에 `# --8<-- [start:{section}]` 과 `# --8<-- [end:{section}]` 을 두세요.")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=[rel(p) for p in PAGES])
def test_python_fences_run_or_are_marked(page):
    """pytest-markdown-docs silently skips indented fences; here that is an error."""
    problems = []
    for n, indent, info, body in fences(page):
        if not PYTHON_INFO.match(info):
            continue
        marked = "notest" in info.split() or "notest" in info.strip("{}").split()
        if indent and not marked:
            problems.append(f"{rel(page)}:{n}: 들여쓴 python 코드 블록은 pytest 가 실행하지 못합니다. "
                            f"들여쓰기를 없애고 알림 상자는 `/// note` 문법으로 쓰거나, "
                            f"실행하지 않을 코드라면 ```{{.python notest}} 로 표시하세요.")
        if any(INCLUDE.match(b) for b in body) and not marked:
            problems.append(f"{rel(page)}:{n}: 예제를 포함하는 블록에는 notest 표시가 필요합니다: "
                            f"```{{.python notest title=\"이름.py\"}}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=[rel(p) for p in PAGES])
def test_each_snippet_block_has_title_and_output(page):
    """A whole snippet is titled with its file name, and its output comes right after it."""
    problems = []
    blocks = list(fences(page))
    for k, (n, _, info, body) in enumerate(blocks):
        inc = [INCLUDE.match(b) for b in body]
        targets = [m.group("target") for m in inc if m]
        py = [t for t in targets if t.endswith(".py")]
        if not py:
            continue
        name = Path(py[0]).name
        titled = re.search(r'title="([^"]*)"', info)
        title = titled.group(1) if titled else ""
        if title not in (name, f"{name} (일부)"):
            problems.append(f"{rel(page)}:{n}: 코드 블록의 제목은 파일 이름이어야 합니다: title=\"{name}\"")
        if title == name and ":" not in py[0]:
            snippet = harness.Snippet(harness.SNIPPETS / py[0])
            if not snippet.path.exists():
                continue
            wanted = {p.name for p in snippet.outputs().values()}
            shown = set()
            for _, _, info2, body2 in blocks[k + 1 :]:
                if 'title="출력"' not in info2:
                    break
                shown |= {Path(m.group("target")).name for m in map(INCLUDE.match, body2) if m}
            if not shown and any(i.version >= snippet.requires for i in harness.discover()):
                problems.append(f"{rel(page)}:{n}: {name} 아래에 출력 블록(```text title=\"출력\")이 없습니다. "
                                f"--8<-- \"{Path(py[0]).with_suffix('.out').as_posix()}\" 를 넣으세요.")
            elif shown and shown != {Path(py[0]).with_suffix(".out").name}:
                problems.append(f"{rel(page)}:{n}: {name} 아래에는 기본 출력 "
                                f"\"{Path(py[0]).with_suffix('.out').as_posix()}\" 하나만 넣으세요 (지금 {sorted(shown)}). "
                                f"버전마다 다른 출력({', '.join(sorted(wanted))})은 빌드가 파이썬 버전 탭으로 펼칩니다.")
    assert not problems, "\n".join(problems)


def test_every_snippet_is_on_a_page():
    """A snippet that no page includes in full is dead code nobody reads or tests on a page."""
    shown = {name for page in PAGES for _, name, section in includes(page) if not section}
    orphans = [s.shown for s in harness.find_snippets() if s.rel not in shown]
    assert not orphans, "\n".join(
        f"{o}: 이 예제를 통째로 포함하는 페이지가 없습니다. 같은 장의 docs/<장>.md 에 "
        f"```{{.python notest title=\"...\"}} 블록으로 넣거나, 쓰지 않는 파일이면 지우세요." for o in orphans
    )


def test_snippets_live_with_their_chapter():
    """`snippets/<장>/` mirrors `docs/<장>.md`, and pages include only their own chapter's files."""
    problems = []
    chapters = {p.stem for p in PAGES}
    for folder in sorted(p for p in harness.SNIPPETS.iterdir() if p.is_dir()):
        if folder.name not in chapters and any(folder.glob("*.py")):
            problems.append(f"{rel(folder)}: 같은 이름의 페이지 docs/{folder.name}.md 가 없습니다.")
    for page in PAGES:
        for n, name, _ in includes(page):
            chapter = name.split("/")[0]
            if resolve(name) and (harness.SNIPPETS / name).exists() and chapter != page.stem:
                problems.append(f"{rel(page)}:{n}: 다른 장의 예제 \"{name}\" 를 포함합니다. "
                                f"예제는 snippets/{page.stem}/ 에 두세요.")
    assert not problems, "\n".join(problems)


def test_snippets_declare_their_dependencies():
    """A reader (or `uv run`) learns what to install from the PEP 723 block."""
    problems = []
    for s in harness.find_snippets():
        text = s.path.read_text(encoding="utf-8")
        declared = " ".join(s.meta.get("dependencies", []))
        for pkg in THIRD_PARTY:
            if re.search(rf"^\s*(import|from)\s+{pkg}\b", text, re.M) and pkg.replace("_", "-") not in declared:
                problems.append(f"{s.shown}: `{pkg}` 를 import 하지만 `# /// script` 블록의 "
                                f"dependencies 에 \"{pkg.replace('_', '-')}\" 가 없습니다.")
    assert not problems, "\n".join(problems)


def test_traceback_lines_match_the_code_readers_copy():
    """A page shows a snippet without its `# --8<-- [start:x]` lines, so a traceback line after them
    would point readers to the wrong line of the code they copied."""
    mark = re.compile(r"(?m)^[ \t]*#\s*-{1,}8<-{1,}\s*\[(start|end):[^\]]*\]")
    wrong = []
    for snippet in harness.find_snippets():
        text = snippet.path.read_text(encoding="utf-8")
        marks = [text.count("\n", 0, m.start()) + 1 for m in mark.finditer(text)]
        if not marks:
            continue
        cited = re.compile(rf'File "{re.escape(snippet.path.name)}", line (\d+)')
        for out in sorted(snippet.path.parent.glob(snippet.path.stem + "*.out")):
            for line in {int(n) for n in cited.findall(out.read_text(encoding="utf-8"))}:
                if line > marks[0]:
                    wrong.append(f"{out.relative_to(harness.ROOT)}: line {line} 은 구역 표시(--8<--, "
                                 f"{snippet.path.name}:{marks[0]}) 뒤라 페이지에서 복사한 코드에서는 "
                                 f"line {line - sum(m < line for m in marks)} 입니다. 예외가 나는 함수를 첫 구역 표시보다 위로 옮기세요.")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("page", PAGES, ids=[rel(p) for p in PAGES])
def test_table_headers_are_not_empty(page):
    """A screen reader announces each cell with its column's header; axe flags an empty one."""
    lines = page.read_text(encoding="utf-8").splitlines()
    empty = [f"{rel(page)}:{n + 1}: 표의 머리글 칸이 비었습니다. 첫 칸에 \"비교\"처럼 이름을 적으세요."
             for n, line in enumerate(lines[:-1])
             if re.match(r"^\|[-: |]+\|$", lines[n + 1].strip()) and re.search(r"\|\s*\|", line.strip())]
    assert not empty, "\n".join(empty)


def test_outputs_belong_to_a_snippet():
    """An output file whose snippet was renamed or deleted is left over."""
    stray = [rel(o) for o in harness.SNIPPETS.rglob("*.out")
             if not (o.parent / (o.name.split(".")[0] + ".py")).exists()]
    assert not stray, "짝이 되는 .py 가 없는 출력 파일입니다. 지우세요:\n" + "\n".join(stray)


@pytest.mark.parametrize("page", PAGES, ids=[rel(p) for p in PAGES])
def test_diagrams_have_a_text_alternative(page):
    """Screen readers get the diagram's title and description (Mermaid accTitle/accDescr)."""
    problems = []
    for n, _, info, body in fences(page):
        if info.split()[0:1] == ["mermaid"] or info.startswith("{.mermaid"):
            text = "\n".join(body)
            if "accTitle" not in text or "accDescr" not in text:
                problems.append(f"{rel(page)}:{n}: 그림에 글 대안이 없습니다. 그림 안에 "
                                f"`accTitle: 제목` 과 `accDescr: 한두 문장 설명` 을 넣으세요.")
    assert not problems, "\n".join(problems)


def test_every_diagram_has_its_pictures():
    """Each Mermaid fence has its drawn pictures, and no picture is left from an old fence."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("diagrams", harness.ROOT / "hooks" / "diagrams.py")
    diagrams = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(diagrams)
    wanted = diagrams.sources()
    assert wanted, "docs/ 에서 Mermaid 그림을 하나도 찾지 못했습니다"
    problems = [f"{where}: 이 Mermaid 그림의 파일 {diagrams.picture(src, t).name} 이 없습니다"
                for src, where in wanted.values() for t in diagrams.THEMES if not diagrams.picture(src, t).exists()]
    problems += [f"{rel(f)}: 이 그림을 쓰는 Mermaid 블록이 없습니다"
                 for f in sorted(diagrams.FOLDER.glob("*.svg")) if f.name.split("-")[0] not in wanted]
    assert not problems, "\n".join(problems) + "\n고치려면 make diagrams 를 실행하고 git add -A docs/assets/diagrams/ 로 커밋하세요."


def test_home_and_readme_name_every_python_run():
    """Readers and contributors learn which versions the outputs were checked on."""
    wanted = [f"{v[0]}.{v[1]}" for v in harness.PROMISED]
    problems = []
    for path in (harness.DOCS / "index.md", harness.ROOT / "README.md"):
        text = path.read_text(encoding="utf-8")
        problems += [f"{rel(path)}: 테스트하는 파이썬 {v} 을 말하지 않습니다" for v in wanted if v not in text]
    assert not problems, "\n".join(problems)


PARTICLE = (r"(?:은|는|이|가|을|를|의|에|에서|에게|으로|로|와|과|도|만|부터|까지|보다|처럼|이나|나|이라고|라고"
            r"|이면|면|이고|이며|입니다)")
SPACED_PARTICLE = re.compile(r"(`[^`\n]+`|\*\*[^*\n]+\*\*|[A-Za-z0-9)\]%+]) +(" + PARTICLE + r")(?=[\s.,!?:;)\]]|$)")
# Deliberate spaces before a particle-like word: (page, the matched text). Keep this short.
PARTICLE_ALLOWED: set[tuple[str, str]] = set()


@pytest.mark.parametrize("page", PAGES, ids=[rel(p) for p in PAGES])
def test_particles_attach_to_code_english_and_numbers(page):
    """CONTRIBUTING: `asyncio.run()`은, A는, 3.14부터 — no space before a particle."""
    problems = []
    inside = False
    for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE_OPEN.match(line):
            inside = not inside
            continue
        if inside or INCLUDE.match(line):
            continue
        for m in SPACED_PARTICLE.finditer(line):
            if (page.name, m.group(0)) in PARTICLE_ALLOWED:
                continue
            problems.append(f"{rel(page)}:{n}: \"{m.group(0)}\" → \"{m.group(1)}{m.group(2)}\" "
                            f"(조사는 코드·영어·숫자 뒤에 붙여 씁니다)")
    assert not problems, "\n".join(problems)
