# /// script
# dependencies = ["anyio", "trio"]
# ///
import asyncio

import anyio
import trio

JOBS = [("a", 0.3, False), ("b", 0.1, True), ("c", 0.2, False)]
cancelled: list[str] = []


async def job(name: str, delay: float, fail: bool) -> None:
    """anyio로 쓴 코루틴은 asyncio에서도, trio에서도 돌아갑니다."""
    try:
        await anyio.sleep(delay)
    except anyio.get_cancelled_exc_class() as exc:  # 라이브러리마다 다른 클래스
        cancelled.append(f"{name}({type(exc).__name__})")
        raise  # 취소는 삼키지 않고 다시 올립니다
    if fail:
        raise ValueError(f"{name} 실패")


async def with_taskgroup() -> None:
    async with asyncio.TaskGroup() as tg:
        for args in JOBS:
            tg.create_task(job(*args))


async def with_nursery() -> None:
    async with trio.open_nursery() as nursery:
        for args in JOBS:
            nursery.start_soon(job, *args)


async def with_anyio() -> None:
    async with anyio.create_task_group() as tg:
        for args in JOBS:
            tg.start_soon(job, *args)


RUNS = {
    "asyncio.TaskGroup": lambda: asyncio.run(with_taskgroup()),
    "trio nursery": lambda: trio.run(with_nursery),
    "anyio, asyncio 위에서": lambda: anyio.run(with_anyio, backend="asyncio"),
    "anyio, trio 위에서": lambda: anyio.run(with_anyio, backend="trio"),
}
for title, run in RUNS.items():
    cancelled.clear()
    try:
        run()
    except* ValueError as group:
        print(f"{title}: {type(group).__name__} {group.exceptions}")
    print(f"  취소된 일: {sorted(cancelled)}")
