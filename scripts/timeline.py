"""Timelines: what ran when, recorded from a real run and drawn as an SVG.

The snippet stays exactly as the reader copies it. This file is run by the
snippet's own Python as

    python scripts/timeline.py record SNIPPET.py OUT.json

and installs hooks from outside before running the snippet as `__main__`:
every event-loop callback that advances a task is timed (`Handle._run`), task
creation and completion come from `loop.create_task`, and work handed to a
thread pool is timed in `_WorkItem.run`. Only the standard library is used, so
it runs on every supported Python. `render()` turns the record into an SVG
with a title, a text description, Korean labels and colours that follow the
page's light or dark theme.
"""

from __future__ import annotations

import html
import json
import re
import sys
import time

MERGE_GAP = 0.02  # steps closer than this are drawn (and compared) as one bar
# A step this long is one the picture is about: the snippets block or compute
# for 0.1 s or more on purpose, while set-up steps (imports, an SSL context) take up to 0.05 s.
LONG_STEP = 0.08


# --- recording (runs inside the snippet's process) ---------------------------


def record(snippet: str, out: str) -> None:
    import asyncio
    import atexit
    import concurrent.futures.thread as cft
    import functools
    import os
    import runpy
    import threading
    import weakref

    t0 = time.perf_counter()
    # Keyed by the task itself, not id(): a finished task's id is reused by the next one.
    tasks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    rows: list[dict] = []
    threads: list[dict] = []
    lock = threading.Lock()

    def now() -> float:
        return time.perf_counter() - t0

    here = os.path.abspath(snippet)

    def label(task) -> str:
        name = task.get_name()
        if name.startswith("Task-"):  # unnamed: show which coroutine it runs
            name = f"{getattr(task.get_coro(), '__name__', '?')} ({name})"
        return name.rpartition(".")[2] if "<locals>" in name else name  # a.b.<locals>.f -> f

    def auto_named(task) -> bool:
        """Named by asyncio (Task-3) or by a library after its function (anyio's
        "anyio._core._sockets.connect_tcp.<locals>.try_connect"), not by the snippet."""
        raw = task.get_name()
        return raw.startswith("Task-") or "<locals>" in raw or bool(re.fullmatch(r"[A-Za-z_][\w.]*\.[A-Za-z_]\w*", raw))

    def entry(task) -> dict:
        item = tasks.get(task)
        if item is None:
            code = getattr(task.get_coro(), "cr_code", None)
            item = tasks[task] = {"name": label(task), "auto_name": auto_named(task), "created": now(),
                                  "done": None, "steps": [],
                                  # a coroutine of a library (asyncio's own accept and connect helpers)
                                  "library": code is None or os.path.abspath(code.co_filename) != here,
                                  "coroutine": getattr(task.get_coro(), "__name__", "")}
            coro = getattr(task.get_coro(), "__qualname__", "")
            if not coro.startswith("BaseEventLoop.shutdown_"):  # asyncio.run()'s own clean-up
                rows.append(item)
        return item

    original_run = asyncio.events.Handle._run

    def timed_run(self):
        owner = getattr(self._callback, "__self__", None)
        if not isinstance(owner, asyncio.Task):
            return original_run(self)
        start = now()
        try:
            return original_run(self)
        finally:
            entry(owner)["steps"].append([start, now()])

    original_create = asyncio.base_events.BaseEventLoop.create_task

    def create_task(self, coro, **kwargs):
        task = original_create(self, coro, **kwargs)
        item = entry(task)

        def finished(t) -> None:
            item["done"] = now()
            item["name"], item["auto_name"] = label(t), auto_named(t)  # 3.11 and TaskGroup name it after creating it

        task.add_done_callback(finished)
        return task

    original_work = cft._WorkItem.run

    def work(self, *args):  # 3.14+ passes the worker's context: run(self, ctx)
        start = now()
        try:
            return original_work(self, *args)
        finally:
            # 3.11–3.13 keep fn; 3.14+ keep task = (fn, args, kwargs) for a thread pool.
            fn = self.fn if hasattr(self, "fn") else self.task[0]
            # to_thread hands over partial(context.run, func, ...): find func
            while isinstance(fn, functools.partial):
                fn = fn.args[0] if getattr(fn.func, "__name__", "") == "run" and fn.args else fn.func
            name = getattr(fn, "__name__", "작업")
            with lock:
                threads.append({"name": f"스레드: {name}", "steps": [[start, now()]]})

    asyncio.events.Handle._run = timed_run
    asyncio.base_events.BaseEventLoop.create_task = create_task
    cft._WorkItem.run = work

    def dump():
        for task, item in list(tasks.items()):  # still pending: name it as it is now
            item["name"], item["auto_name"] = label(task), auto_named(task)
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"rows": rows + threads, "end": now()}, f, ensure_ascii=False)

    atexit.register(dump)
    sys.argv = [snippet]
    os.chdir(os.path.dirname(os.path.abspath(snippet)))
    sys.path.insert(0, os.getcwd())
    with open(os.devnull, "w") as quiet:
        sys.stdout = quiet
        runpy.run_path(snippet, run_name="__main__")


# --- shaping and comparing ---------------------------------------------------


def bars(steps: list[list[float]]) -> list[list[float]]:
    """Merge steps that are almost touching: what a reader can see at this scale."""
    merged: list[list[float]] = []
    for start, end, *_ in sorted(steps):
        if merged and start - merged[-1][1] < MERGE_GAP:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def length(bar: list[float]) -> float:
    return bar[1] - bar[0]


def shape(trace: dict) -> list[dict]:
    """Rows in order of creation, each with its lifetime and merged bars."""
    rows = []
    for row in trace["rows"]:
        if not row["steps"]:
            continue
        # An unnamed task running a library's coroutine (asyncio's accept and connect helpers)
        # is not part of the story; on a busy machine it would flicker in and out of the picture.
        if row.get("library") and (row.get("auto_name") or re.fullmatch(r".+ \(Task-\d+\)", row["name"])
                                   or row["name"] == row.get("coroutine")):
            continue
        b = bars(row["steps"])
        start = row.get("created", b[0][0])
        # A task is done inside its last step; the done-callback may run much later.
        end = b[-1][1]
        if end - start < MERGE_GAP:  # a library's instant helper task: invisible at this scale
            continue
        rows.append({"name": row["name"], "start": start, "end": end, "bars": b})
    return sorted(rows, key=lambda r: r["start"])


def set_up(bar: list[float], rows: list[dict]) -> bool:
    """A bar of asyncio.run()'s task that ends as the other tasks are made: its set-up (imports, a
    client, a server). Nothing else exists yet to be held up, so its length is the machine's, not
    the story's (httpx's first client takes 0.08 s on one Python and 0.3 s on another)."""
    others = [r["start"] for r in rows[1:]]
    return bool(others) and min(others) >= bar[1] - MERGE_GAP


def differences(old: list[dict], new: list[dict], slack: float = 0.15) -> list[str]:
    """What changed between two shaped traces, beyond timing noise."""
    out = []
    if [r["name"] for r in old] != [r["name"] for r in new]:
        return [f"행(태스크)이 다릅니다: {[r['name'] for r in old]} → {[r['name'] for r in new]}"]
    # A slow start (imports on a busy machine) shifts every row alike: compare the shape.
    shifts = sorted(b["start"] - a["start"] for a, b in zip(old, new))
    shift = shifts[len(shifts) // 2] if shifts else 0.0
    for i, (a, b) in enumerate(zip(old, new)):
        if i == 0:  # asyncio.run()'s task: its start only says how long the imports took
            length_a, length_b = a["end"] - a["start"], b["end"] - b["start"]
            if abs(length_a - length_b) > slack + 0.25 * length_a:
                out.append(f"{a['name']}: 실행 시간 {length_a:.2f}초 → {length_b:.2f}초")
        for key in ("end",) if i == 0 else ("start", "end"):
            if abs(a[key] + shift - b[key]) > slack + 0.25 * a[key]:
                out.append(f"{a['name']}: {key} {a[key]:.2f}초 → {b[key]:.2f}초")
        long_a = [x for x in a["bars"] if length(x) >= LONG_STEP and not (i == 0 and set_up(x, old))]
        long_b = [x for x in b["bars"] if length(x) >= LONG_STEP and not (i == 0 and set_up(x, new))]
        if len(long_a) != len(long_b):
            out.append(f"{a['name']}: 오래 걸린 실행 구간 수 {len(long_a)} → {len(long_b)}")
    return out


# --- drawing -----------------------------------------------------------------

WIDTH, LABEL, ROW, TOP, BOTTOM = 720, 190, 30, 34, 40
COLOURS = ["#3f6fd8", "#d9822b", "#2f9e6e", "#c2477b", "#7b5cd6", "#1f9bb0", "#a0862b", "#6d7682"]


def render(trace: dict, title: str, ident: str = "tl") -> str:
    """`ident` keeps the ids of several pictures on one page apart."""
    rows = shape(trace)
    end = max([r["end"] for r in rows] + [trace.get("end", 0), 0.1])
    scale = (WIDTH - LABEL - 20) / end
    height = TOP + ROW * len(rows) + BOTTOM

    def x(t: float) -> float:
        return LABEL + t * scale

    tick = next(s for s in (0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 30, 60) if end / s <= 8)
    desc = [f"{title}. 가로축은 프로그램 시작부터 흐른 시간(초)입니다."]
    for r in rows:
        busy = sum(length(b) for b in r["bars"])
        desc.append(f"{r['name']}: {r['start']:.2f}초에 생겨 {r['end']:.2f}초에 끝남, "
                    f"실행 구간 {len(r['bars'])}번, 실제로 실행한 시간 합계 {busy:.2f}초.")
    parts = [
        f'<svg class="timeline" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="{ident}-title {ident}-desc">',
        f'<title id="{ident}-title">{html.escape(title)}</title>',
        f'<desc id="{ident}-desc">{html.escape(" ".join(desc))}</desc>',
        '<metadata>' + html.escape(json.dumps(rows, ensure_ascii=False, separators=(",", ":"))) + '</metadata>',
        '<style>.tl-axis{stroke:currentColor;opacity:.45}.tl-text{fill:currentColor;font:13px sans-serif}'
        '.tl-small{fill:currentColor;font:11px sans-serif;opacity:.8}.tl-wait{stroke:currentColor;'
        'opacity:.5;stroke-dasharray:3 3}</style>',
    ]
    t = 0.0
    while t <= end + 1e-9:
        parts.append(f'<line class="tl-axis" x1="{x(t):.1f}" y1="{TOP - 8}" x2="{x(t):.1f}" '
                     f'y2="{height - BOTTOM + 4}" stroke-width=".5"/>')
        parts.append(f'<text class="tl-small" x="{x(t):.1f}" y="{height - BOTTOM + 18}" '
                     f'text-anchor="middle">{t:g}초</text>')
        t = round(t + tick, 6)
    parts.append(f'<text class="tl-small" x="{LABEL}" y="{TOP - 14}">막대: 태스크가 실행한 구간 · '
                 f'점선: 기다린 구간 (그동안 이벤트 루프가 다른 일을 합니다)</text>')
    for i, r in enumerate(rows):
        y = TOP + i * ROW + ROW / 2
        colour = COLOURS[i % len(COLOURS)]
        parts.append(f'<text class="tl-text" x="{LABEL - 8}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{html.escape(r["name"][:26])}</text>')
        parts.append(f'<line class="tl-wait" x1="{x(r["start"]):.1f}" y1="{y:.1f}" '
                     f'x2="{x(r["end"]):.1f}" y2="{y:.1f}"/>')
        for b0, b1, *_ in r["bars"]:
            w = max(2.0, (b1 - b0) * scale)
            parts.append(f'<rect x="{x(b0):.1f}" y="{y - 8:.1f}" width="{w:.1f}" height="16" rx="2" '
                         f'fill="{colour}"><title>{html.escape(r["name"])}: {b0:.2f}–{b1:.2f}초</title></rect>')
    parts.append("</svg>")
    # Scrolls sideways on a phone rather than shrinking the labels; focusable for keyboards.
    return '<div class="timeline-figure" tabindex="0">' + "".join(parts) + "</div>\n"


def read_svg(text: str) -> list[dict]:
    start = text.index("<metadata>") + len("<metadata>")
    return json.loads(html.unescape(text[start : text.index("</metadata>")]))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "record":
        record(sys.argv[2], sys.argv[3])
    else:
        sys.exit("사용법: python scripts/timeline.py record SNIPPET.py OUT.json")
