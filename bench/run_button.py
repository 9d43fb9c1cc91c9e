"""`make bench`, part two: how long a reader waits from pressing "실행" to the first line of output,
on the built site served on 127.0.0.1 (gzip, as GitHub Pages serves it), in headless chromium.

- cold:   first visit, empty cache: downloads Pyodide (about 13 MB), starts it, runs the example
- cached: a new page, Pyodide in the browser's cache: starts a new worker and runs
- warm:   a second run on the same page: the worker is already running
Targets (issue #21, this machine): cold ≤ 5 s, warm ≤ 1.5 s. Prints a table; BENCH_RUNS runs each (default 3).
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import browser  # noqa: E402
import browser_runs  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
PAGE, SNIPPET = "", "index/three_jobs.py"  # 첫 줄을 바로 찍는 예제


def first_output(page) -> float:
    r = browser_runs.click_run(page, SNIPPET)
    assert r["verdict"] == "match", r
    return r["first"] / 1000


def main() -> int:
    site = ROOT / "site"
    times: dict[str, list[float]] = {"cold": [], "cached": [], "warm": []}
    with browser.serve(site, gzip=True) as url, browser.browser() as chrome:
        for _ in range(RUNS):
            context = browser.new_context(chrome, "light", browser.PHONE)
            try:
                page = context.new_page()
                page.goto(url + PAGE, wait_until="load")
                times["cold"].append(first_output(page))
                times["warm"].append(first_output(page))
                page.close()
                page = context.new_page()
                page.goto(url + PAGE, wait_until="load")
                times["cached"].append(first_output(page))
            finally:
                context.close()
    print("### 실행 단추: 누른 뒤 첫 출력까지 (휴대폰 화면, 127.0.0.1, gzip)\n")
    print("| 경우 | 가운데 값 | 가장 느림 | 목표 |\n|---|---|---|---|")
    targets = {"cold": "≤ 5 s", "cached": "—", "warm": "≤ 1.5 s"}
    for k, v in times.items():
        print(f"| {k} | {statistics.median(v):.2f} s | {max(v):.2f} s | {targets[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
