"""Shared set-up: the Pythons to run snippets on, a pool that runs them all at once,
and the strictly built site that the HTML tests read."""

from __future__ import annotations

import concurrent.futures
import os
import subprocess
import sys
from pathlib import Path

import pytest

import harness

INTERPRETERS = harness.discover()
SITE = harness.ROOT / "site"


def pytest_report_header(config):
    found = ", ".join(f"{i.full}" for i in INTERPRETERS) or "없음"
    return f"스니펫을 실행할 파이썬: {found}"


def pytest_terminal_summary(terminalreporter):
    found = ", ".join(i.full for i in INTERPRETERS) or "없음"
    terminalreporter.write_line(f"스니펫을 실행한 파이썬: {found}")
    if gone := harness.missing(INTERPRETERS):
        terminalreporter.write_line(f"실행하지 못한 파이썬: {', '.join(gone)} (make pythons 를 보세요)")
    runs = harness.RUN_SECONDS
    if runs:
        terminalreporter.write_line(
            f"스니펫 실행 {len(runs)}번: 하나씩 실행했다면 {sum(runs):.1f}초, 가장 긴 것 {max(runs):.1f}초 "
            f"(병렬로 실행합니다)")


class Pool:
    """Runs every job as soon as it is known. Timelines measure timing, so they wait for the
    snippet runs and go two at a time (one per core here); CPU-heavy jobs go alone, last."""

    def __init__(self) -> None:
        self.shared = concurrent.futures.ThreadPoolExecutor(max_workers=12)
        self.timed = concurrent.futures.ThreadPoolExecutor(max_workers=2)
        self.alone = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        self.futures: dict[object, concurrent.futures.Future] = {}

    def submit(self, key, fn, *args, exclusive: bool = False, timed: bool = False):
        if key not in self.futures:
            others = list(self.futures.values())
            if exclusive:
                self.futures[key] = self.alone.submit(self._after, others, fn, *args)
            elif timed:
                self.futures[key] = self.timed.submit(self._after, others, fn, *args)
            else:
                self.futures[key] = self.shared.submit(fn, *args)
        return self.futures[key]

    @staticmethod
    def _after(others, fn, *args):
        concurrent.futures.wait(others)
        return fn(*args)

    def result(self, key):
        return self.futures[key].result()


POOL = Pool()


ORDER = ["test_snippets", "test_pages", "test_site", "test_failing_well", "test_workflows", "test_browser"]


def pytest_collection_modifyitems(items):
    """Snippets first (the pool is already running them), the browser last, when the CPU is free."""
    def rank(item):
        name = item.path.stem
        return ORDER.index(name) if name in ORDER else len(ORDER) - 1.5  # page fences before the browser
    items.sort(key=rank)


def pytest_collection_finish(session):
    """Start every snippet run now, so the suite takes about as long as the slowest one.

    Timelines wait for the snippet runs and go two at a time; CPU-heavy snippets
    (`exclusive = true`) and their timelines run one at a time, after everything else."""
    normal, timed, heavy = [], [], []
    for item in session.items:
        params = getattr(item, "callspec", None) and item.callspec.params
        if not params:
            continue
        job = params.get("job")
        if isinstance(job, tuple) and len(job) == 2 and isinstance(job[0], harness.Snippet):
            snippet, interp = job
            if (interp.version >= snippet.requires and snippet.expected_path(interp.version).exists()
                    and not harness.missing_service(snippet)):
                (heavy if snippet.alone else normal).append((job, harness.check, job))
        job = params.get("timeline_job")
        if job and item.originalname == "test_timeline_matches_a_fresh_run":
            snippet, interp = job
            if interp.version >= snippet.requires:
                (heavy if snippet.alone else timed).append(
                    (("timeline", snippet, interp), harness.timeline_problem, job))
    for key, fn, args in normal:
        POOL.submit(key, fn, *args)
    for key, fn, args in timed:
        POOL.submit(key, fn, *args, timed=True)
    for key, fn, args in heavy:
        POOL.submit(key, fn, *args, exclusive=True)


@pytest.fixture(scope="session")
def built_site() -> Path:
    """`mkdocs build --strict` into site/, once; its warnings become the failure message."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(SITE)],
        cwd=harness.ROOT, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        pytest.fail("mkdocs build --strict 가 실패했습니다:\n" + explain_build(result.stderr), pytrace=False)
    return SITE


def explain_build(log: str) -> str:
    """Keep mkdocs' warnings and add the line of each broken link it names."""
    import re

    lines = []
    for line in log.splitlines():
        if not re.match(r"(WARNING|ERROR)", line) and "Aborted" not in line:
            continue
        lines.append(line)
        m = re.search(r"Doc file '([^']+)' contains a link '([^']+)'", line)
        if m:
            page, target = m.groups()
            path = harness.DOCS / page
            if path.exists():
                for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if f"]({target}" in text:
                        lines.append(f"  → docs/{page}:{n}: 링크 '{target}' 를 고치세요 "
                                     f"(없는 페이지이거나 없는 절 제목입니다).")
    return "\n".join(lines) or log[-3000:]
