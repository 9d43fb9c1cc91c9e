"""Every snippet, on every supported Python found here, prints its expected output."""

from __future__ import annotations

import pytest

import harness
from conftest import INTERPRETERS, POOL

SNIPPETS = harness.find_snippets()
JOBS = [(s, i) for s in SNIPPETS for i in INTERPRETERS]


def test_found_pythons_and_snippets():
    assert INTERPRETERS, "CPython 3.11 이상을 찾지 못했습니다 (GUIDE_PYTHONS 를 확인하세요)."
    assert SNIPPETS, "snippets/ 에 예제가 하나도 없습니다."


@pytest.mark.parametrize("job", JOBS, ids=[f"{i.label}:{s.rel}" for s, i in JOBS])
def test_snippet(job):
    snippet, interp = job
    if interp.version < snippet.requires:
        pytest.skip(f"{snippet.shown}: 파이썬 {snippet.requires[0]}.{snippet.requires[1]}+ 가 "
                    f"필요합니다 (지금 {interp.full})")
    if not snippet.expected_path(interp.version).exists():
        pytest.fail(harness.check(snippet, interp), pytrace=False)
    problem = POOL.result(job)
    if problem:
        pytest.fail(problem, pytrace=False)
