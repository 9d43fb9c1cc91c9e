"""Chapter 19 teaches type hints, so its snippets are checked by `mypy --strict` too.

mypy runs from the newest Python's snippet venv (`.venvs/3.X`, where requirements/snippets.txt
installs it). The files in MISTAKES are wrong on purpose: the page shows mypy's errors for them,
so they must keep failing.
"""

from __future__ import annotations

import subprocess
import tempfile

import pytest

import harness

CHAPTER = harness.SNIPPETS / "19-mocks-types"
MISTAKES = {"typing_mistakes.py", "fake_vs_mock.py"}
NEWEST = max(harness.discover(), key=lambda i: i.version, default=None)


def mypy(*files: str) -> subprocess.CompletedProcess[str]:
    if NEWEST is None or not NEWEST.python.exists():
        pytest.skip("예제용 파이썬 venv 가 없습니다 (make pythons)")
    with tempfile.TemporaryDirectory() as cache:
        return subprocess.run(
            [str(NEWEST.python), "-m", "mypy", "--strict", "--no-color-output", "--cache-dir", cache, *files],
            cwd=CHAPTER, capture_output=True, text=True,
        )


def test_typed_snippets_pass_mypy_strict():
    files = sorted(p.name for p in CHAPTER.glob("*.py") if p.name not in MISTAKES)
    result = mypy(*files)
    assert result.returncode == 0, (
        f"snippets/19-mocks-types 의 예제가 mypy --strict 를 통과하지 못했습니다 (파이썬 {NEWEST.full}).\n"
        f"일부러 틀린 예제라면 tests/test_types.py 의 MISTAKES 에 더하세요.\n{result.stdout}{result.stderr}")


def test_deliberate_mistakes_still_fail_mypy():
    for name in sorted(MISTAKES):
        result = mypy(name)
        assert result.returncode == 1 and ": error:" in result.stdout, (
            f"snippets/19-mocks-types/{name} 는 mypy 가 오류를 찾아야 하는 예제인데 통과했습니다.\n{result.stdout}{result.stderr}")
