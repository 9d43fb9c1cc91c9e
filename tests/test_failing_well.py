"""A contributor's usual mistakes, each made on a scratch copy of the repository:
the checks must fail fast and say which file (and line) and how to fix it."""

from __future__ import annotations

import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import harness

PAGE = "docs/index.md"
# The first diagram of 05-timeouts.md, which two scenarios break: messages name its line.
MERMAID_LINE = (harness.ROOT / "docs/05-timeouts.md").read_text(encoding="utf-8").splitlines().index("```mermaid") + 1
SNIPPET = "snippets/index/three_jobs.py"


def scratch_copy(into: Path) -> Path:
    for name in ("mkdocs.yml", "pytest.ini", "docs", "snippets", "includes", "overrides", "hooks", "scripts", "tests", "requirements"):
        src = harness.ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, into / name)
    (into / ".venvs").symlink_to(harness.VENVS)
    if harness.PYTHONS.exists():  # the same Pythons as the real tree, so no venv is remade
        (into / ".pythons").symlink_to(harness.PYTHONS)
    return into


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"시나리오를 만들 수 없습니다: {path} 에 {old!r} 가 없습니다"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def pytest_in(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *args]


# name: (how to make the mistake, command to run, what the message must contain)
SCENARIOS = {
    "include_typo": (
        lambda r: edit(r / PAGE, '"index/three_jobs.py"', '"index/three_job.py"'),
        lambda r: pytest_in(r, "tests/test_pages.py", "-k", "includes_resolve"),
        ["docs/index.md:", 'snippets/ 에 없습니다', '혹시 "index/three_jobs.py"'],
    ),
    "snippet_raises": (
        lambda r: edit(r / SNIPPET, '    print(f"{name} 끝")', '    print(f"{name} 끝")\n    raise ValueError("실수")'),
        lambda r: [sys.executable, "scripts/harness.py", "check", SNIPPET],
        ["snippets/index/three_jobs.py: 예외로 끝났습니다", "ValueError: 실수"],
    ),
    "snippet_hangs": (
        lambda r: edit(r / SNIPPET, "import asyncio\n",
                       "# /// script\n# [tool.guide]\n# timeout = 2\n# ///\nimport asyncio\n")
        or edit(r / SNIPPET, "asyncio.sleep(1)", "asyncio.sleep(3600)"),
        lambda r: [sys.executable, "scripts/harness.py", "check", SNIPPET],
        ["snippets/index/three_jobs.py: 2초 안에 끝나지 않았습니다", "timeout"],
    ),
    "unknown_service": (
        lambda r: edit(r / SNIPPET, "import asyncio\n",
                       '# /// script\n# [tool.guide]\n# services = ["postgres"]\n# ///\nimport asyncio\n'),
        lambda r: [sys.executable, "scripts/harness.py", "check", SNIPPET],
        ["snippets/index/three_jobs.py: services 의 ['postgres'] 는 없는 서비스입니다", 'services = ["postgresql"]'],
    ),
    "stale_output": (
        lambda r: edit(r / SNIPPET, '{name} 시작', '{name} 출발'),
        lambda r: [sys.executable, "scripts/harness.py", "check", SNIPPET],
        ["snippets/index/three_jobs.py: 출력이 기대 출력과 다릅니다",
         "make outputs ONLY=snippets/index/three_jobs.py", "+A 출발"],
    ),
    "never_awaited": (
        lambda r: edit(r / SNIPPET, '    print(f"{name} 시작")', '    print(f"{name} 시작")\n    asyncio.sleep(0)'),
        lambda r: [sys.executable, "scripts/harness.py", "check", SNIPPET],
        ["snippets/index/three_jobs.py: `python -X dev -W error` 로 실행하니 경고가 나왔습니다",
         "was never awaited"],
    ),
    "stale_timeline": (
        lambda r: edit(r / SNIPPET, "await asyncio.sleep(1)", "await asyncio.sleep(1.6)"),
        lambda r: pytest_in(r, "tests/test_snippets.py", "-k", "timeline_matches and index"),
        ["snippets/index/three_jobs.py: 타임라인 그림 three_jobs.svg 이 파이썬", "에서 새로 실행한 결과와 다릅니다",
         "make outputs ONLY=snippets/index/three_jobs.py"],
    ),
    "broken_link": (
        lambda r: edit(r / PAGE, "## 맛보기", "[다음 장](없는-장.md)과 [이 절](#없는-절)을 보세요.\n\n## 맛보기"),
        lambda r: pytest_in(r, "tests/test_site.py", "-k", "strict_build"),
        ["docs/index.md:", "없는-장.md", "#없는-절"],
    ),
    "fence_errors": (
        lambda r: edit(r / PAGE, "## 맛보기", "```python\nprint(1 / 0)\n```\n\n## 맛보기"),
        lambda r: pytest_in(r, PAGE),
        ["docs/index.md", "line:", "ZeroDivisionError"],
    ),
    "indented_fence": (
        lambda r: edit(r / PAGE, "## 맛보기", "!!! note\n    ```python\n    print('숨은 코드')\n    ```\n\n## 맛보기"),
        lambda r: pytest_in(r, "tests/test_pages.py", "-k", "fences_run_or_are_marked"),
        ["docs/index.md:", "들여쓴 python 코드 블록"],
    ),
    "stale_diagram": (
        lambda r: edit(r / "docs/05-timeouts.md", "B->>T: async with 진입", "B->>T: async with 로 진입"),
        lambda r: pytest_in(r, "tests/test_site.py", "-k", "strict_build"),
        [f"docs/05-timeouts.md:{MERMAID_LINE}: 이 Mermaid 그림을 아직 그리지 않았습니다", "make diagrams"],
    ),
    "diagram_typo": (
        lambda r: edit(r / "docs/05-timeouts.md", "```mermaid\nsequenceDiagram", "```mermaid\nsequenceDiagramm"),
        lambda r: [sys.executable, "hooks/diagrams.py"],
        [f"docs/05-timeouts.md:{MERMAID_LINE}: Mermaid 가 이 그림을 그리지 못했습니다"],
    ),
    "forgotten_subprocess": (
        lambda r: edit(r / SNIPPET, "\nasyncio.run(main())",
                       "\nimport subprocess\nsubprocess.Popen([\"sleep\", \"30\"])\nasyncio.run(main())"),
        lambda r: [sys.executable, "scripts/harness.py", "check", SNIPPET],
        ["snippets/index/three_jobs.py: 끝난 뒤에도 프로세스가 남아 실행 중이었습니다", "sleep 30"],
    ),
    "orphan_snippet": (
        lambda r: shutil.copy(r / SNIPPET, r / "snippets/index/extra.py"),
        lambda r: pytest_in(r, "tests/test_pages.py", "-k", "every_snippet_is_on_a_page"),
        ["snippets/index/extra.py: 이 예제를 통째로 포함하는 페이지가 없습니다"],
    ),
}


def play(name: str) -> tuple[int, str, float]:
    make, command, _ = SCENARIOS[name]
    with tempfile.TemporaryDirectory(prefix=f"guide-{name}-") as tmp:
        root = scratch_copy(Path(tmp))
        make(root)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        start = __import__("time").perf_counter()
        done = subprocess.run(command(root), cwd=root, capture_output=True, text=True, env=env, timeout=300)
        seconds = __import__("time").perf_counter() - start
        return done.returncode, done.stdout + done.stderr, seconds


@pytest.fixture(scope="session")
def played():
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(SCENARIOS, pool.map(play, SCENARIOS)))


@pytest.mark.parametrize("name", SCENARIOS)
def test_mistake_fails_with_a_helpful_message(name, played):
    code, output, _ = played[name]
    assert code != 0, f"{name}: 실수를 했는데도 검사가 통과했습니다.\n{output[-2000:]}"
    missing = [m for m in SCENARIOS[name][2] if m not in output]
    assert not missing, f"{name}: 메시지에 {missing} 가 없습니다:\n{output[-3000:]}"


def test_outputs_of_a_python_not_here_are_kept(tmp_path):
    """`make outputs` on a machine without some versions keeps their files and says so."""
    root = scratch_copy(tmp_path)
    snippet = harness.Snippet(root / "snippets" / "03-event-loop" / "legacy_loop.py")
    before = {p.name: p.read_text(encoding="utf-8") for p in snippet.outputs().values()}
    assert len(before) >= 3, f"시나리오를 만들 수 없습니다: 버전별 출력이 {sorted(before)} 뿐입니다"
    newest = harness.discover()[-1]
    done = subprocess.run(
        [sys.executable, "scripts/harness.py", "update", "snippets/03-event-loop/legacy_loop.py"],
        cwd=root, capture_output=True, text=True, timeout=120,
        env={**os.environ, "GUIDE_PYTHONS": str(newest.base)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    after = {p.name: p.read_text(encoding="utf-8") for p in snippet.outputs().values()}
    lost = {name for name in before if name not in after or not harness.same_apart_from_timing(before[name], after[name])}
    assert not lost, f"다른 버전의 출력이 지워지거나 바뀌었습니다: {sorted(lost)}\n{done.stdout}{done.stderr}"
    others = [f"{v[0]}.{v[1]}" for v in harness.PROMISED if v != newest.version]
    assert all(v in done.stdout for v in others), f"캡처하지 못한 버전을 알리지 않았습니다:\n{done.stdout}"
