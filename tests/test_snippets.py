"""Every snippet, on every supported Python found here, prints its expected output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import harness
from conftest import INTERPRETERS, POOL

SNIPPETS = harness.find_snippets()
JOBS = [(s, i) for s in SNIPPETS for i in INTERPRETERS]


def test_found_pythons_and_snippets():
    assert INTERPRETERS, "CPython 3.11 이상을 찾지 못했습니다 (GUIDE_PYTHONS 를 확인하세요)."
    assert SNIPPETS, "snippets/ 에 예제가 하나도 없습니다."


def skip_here_fail_in_ci(message: str) -> None:
    """What this machine lacks is a skip with the reason; CI must have it all."""
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def test_every_promised_python_is_here():
    """3.11–3.15 all run the snippets; CI fails rather than pass with fewer."""
    gone = harness.missing(INTERPRETERS)
    if gone:
        skip_here_fail_in_ci(f"파이썬 {', '.join(gone)} 이 없어 그 버전에서는 예제를 실행하지 않았습니다. "
                             f"`make pythons` 가 데비안 sid 에서 받아 오거나(데비안·우분투), python3.X 를 PATH 에 설치하세요.")


@pytest.mark.parametrize("job", JOBS, ids=[f"{i.label}:{s.rel}" for s, i in JOBS])
def test_snippet(job):
    snippet, interp = job
    if interp.version < snippet.requires:
        pytest.skip(f"{snippet.shown}: 파이썬 {snippet.requires[0]}.{snippet.requires[1]}+ 가 "
                    f"필요합니다 (지금 {interp.full})")
    if lacking := harness.missing_service(snippet):
        skip_here_fail_in_ci(lacking)
    if not snippet.expected_path(interp.version).exists():
        pytest.fail(harness.check(snippet, interp), pytrace=False)
    problem = POOL.result(job)
    if problem:
        pytest.fail(problem, pytrace=False)


TIMELINES = [s for s in SNIPPETS if harness.wants_timeline(s)]
TIMELINE_JOBS = [(s, i) for s in TIMELINES for i in INTERPRETERS]


@pytest.mark.parametrize("timeline_job", TIMELINE_JOBS, ids=[f"{i.label}:{s.rel}" for s, i in TIMELINE_JOBS])
def test_timeline_matches_a_fresh_run(timeline_job):
    """The picture a reader of this Python sees is what a fresh run under the tracer records."""
    snippet, interp = timeline_job
    if interp.version < snippet.requires:
        pytest.skip(f"{snippet.shown}: 파이썬 {snippet.requires[0]}.{snippet.requires[1]}+ 가 필요합니다 (지금 {interp.full})")
    problem = POOL.submit(("timeline", snippet, interp), harness.timeline_problem, snippet, interp,
                          exclusive=snippet.alone, timed=True).result()
    if problem:
        pytest.fail(problem, pytrace=False)


def test_every_timeline_is_on_a_page():
    stray = [svg.relative_to(harness.ROOT).as_posix() for svg in harness.SNIPPETS.rglob("*.svg")
             if not harness.wants_timeline(harness.Snippet(svg.parent / (svg.name.split(".")[0] + ".py")))]
    assert not stray, "어느 페이지에도 없는 타임라인 그림입니다. 페이지에 넣거나 지우세요:\n" + "\n".join(stray)


@pytest.mark.parametrize(
    ("expected", "actual", "matches"),
    [
        ("1.0초\n", "1.2초\n", True),
        ("1.0초\n", "1.4초\n", False),  # too slow
        ("1.0초\n", "0.8초\n", False),  # faster than the sleeps allow
        ("uvloop: 2.0배\n", "uvloop: 3.5배\n", True),
        ("uvloop: 2.0배\n", "uvloop: 0.9배\n", False),  # faster became slower
        ("uvloop: 2.0배\n", "uvloop: 4.5배\n", False),
        ("a\n", "b\n", False),
    ],
)
def test_timings_and_ratios_compare_loosely_but_not_blindly(expected, actual, matches):
    assert (harness.compare(expected, actual) is None) is matches


def test_timeline_ignores_how_long_set_up_takes_but_not_a_blocked_task():
    """main's set-up before it makes any task (httpx's first client: 0.3 s on 3.11, 0.08 s on 3.13) is
    the machine's, not the story; main holding the loop while a task it made waits is the story."""
    import timeline

    def rows(set_up_end, task_start, end):
        tasks = [{"name": path, "start": task_start, "end": end, "bars": [[task_start, task_start + 0.005], [end - 0.001, end]]}
                 for path in ("/news", "/weather", "/stocks")]
        return [{"name": "main (Task-1)", "start": 0.05, "end": end, "bars": [[0.05, set_up_end], [end - 0.001, end]]}, *tasks]

    on_311 = rows(0.365, 0.365, 1.28)  # what fetch_many.svg shows: a 0.3 s set-up
    on_313 = rows(0.125, 0.125, 1.04)  # a fresh run on 3.13: the same set-up took 0.075 s
    assert timeline.differences(on_311, on_313) == []
    blocked = rows(0.365, 0.06, 1.28)  # a task was made first, then main held the loop
    not_blocked = rows(0.07, 0.06, 1.28)
    assert timeline.differences(blocked, not_blocked), "main 이 루프를 붙잡은 구간을 놓쳤습니다"


def test_timeline_leaves_out_a_librarys_own_tasks_however_long():
    """anyio names its helper tasks after the function (…<locals>.try_connect); under load they last long
    enough to be drawn, so they are left out by who made them, not by how long they ran."""
    import timeline

    def row(name, library, auto_name, coroutine):
        return {"name": name, "library": library, "auto_name": auto_name, "coroutine": coroutine,
                "created": 0.0, "steps": [[0.0, 0.3]]}

    trace = {"rows": [row("try_connect", True, True, "_run_coro"),
                      row("_accept_connection2 (Task-3)", True, True, "_accept_connection2"),
                      row("/news", False, False, "fetch"),
                      row("main (Task-1)", False, True, "main")]}
    assert [r["name"] for r in timeline.shape(trace)] == ["/news", "main (Task-1)"]


SERVER_SNIPPETS = [s for s in SNIPPETS if s.services]


@pytest.mark.parametrize("snippet", SERVER_SNIPPETS, ids=[s.rel for s in SERVER_SNIPPETS])
def test_a_second_run_on_the_same_server_prints_the_same(snippet):
    """A reader runs the example again against the same database: what the first run left there
    (a table, rows) must not change the output or break the run."""
    if lacking := harness.missing_service(snippet):
        skip_here_fail_in_ci(lacking)
    interp = INTERPRETERS[-1]
    strict = harness.strict_mode(snippet, interp.version)
    with harness.service_env(snippet) as env:  # one database for both runs
        harness.run_with_env(snippet, interp.python, strict, snippet.path, env)
        again = harness.run_with_env(snippet, interp.python, strict, snippet.path, env)
    expected = snippet.expected_path(interp.version).read_text(encoding="utf-8")
    problem = harness.explain(snippet, again, expected, f"make outputs ONLY={snippet.shown}")
    if problem:
        pytest.fail(f"같은 데이터베이스에서 두 번째로 실행하니 달라졌습니다. 앞 실행이 남긴 테이블이나 행을 "
                    f"시작할 때 지우거나 임시 테이블(CREATE TEMP TABLE)을 쓰세요:\n{problem}", pytrace=False)


def test_a_server_left_by_a_killed_run_is_removed_by_the_next():
    """SIGKILL skips `atexit`, so the server outlives its pytest; the next start must clean it up."""
    import postgres

    if not postgres.available():
        skip_here_fail_in_ci(postgres.INSTALL)
    start = "import postgres, sys; print(postgres.server().folder, flush=True); sys.stdin.read()"
    child = subprocess.Popen([sys.executable, "-c", start], cwd=harness.ROOT / "scripts",
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        assert line, "PostgreSQL 을 띄우지 못했습니다 (아래 stderr 를 보세요)"
        folder = Path(line)
        postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    finally:
        child.kill()
        child.wait()
    assert folder.exists() and postgres._alive(postmaster), "죽은 실행이 서버를 남기지 않아 치울 것이 없습니다"
    postgres.Server().stop()
    assert not folder.exists(), f"{folder} 가 남았습니다"
    assert not postgres._alive(postmaster), f"PostgreSQL (pid {postmaster}) 이 아직 돕니다"
