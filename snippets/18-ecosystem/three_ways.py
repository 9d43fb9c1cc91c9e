# /// script
# dependencies = ["anyio", "trio"]
# ///
import asyncio
import time

import anyio
import trio

START = 0.0


def log(message: str) -> None:
    print(f"  {time.monotonic() - START:.1f}초 {message}")


# --8<-- [start:asyncio]
async def job_asyncio(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    log(f"{name} 끝")
    return name.upper()


async def main_asyncio() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job_asyncio(n, d)) for n, d in JOBS]
    print("  결과:", [t.result() for t in tasks])  # 태스크가 결과를 들고 있습니다
# --8<-- [end:asyncio]


# --8<-- [start:trio]
async def job_trio(name: str, delay: float, results: dict[str, str]) -> None:
    await trio.sleep(delay)
    log(f"{name} 끝")
    results[name] = name.upper()  # start_soon()은 결과를 돌려주지 않습니다


async def main_trio() -> None:
    results: dict[str, str] = {}
    async with trio.open_nursery() as nursery:
        for name, delay in JOBS:
            nursery.start_soon(job_trio, name, delay, results)  # 함수와 인자를 따로
    print("  결과:", [results[name] for name, _ in JOBS])
# --8<-- [end:trio]


# --8<-- [start:anyio]
async def job_anyio(name: str, delay: float, results: dict[str, str]) -> None:
    await anyio.sleep(delay)
    log(f"{name} 끝")
    results[name] = name.upper()


async def main_anyio() -> None:
    results: dict[str, str] = {}
    async with anyio.create_task_group() as tg:
        for name, delay in JOBS:
            tg.start_soon(job_anyio, name, delay, results)
    print("  결과:", [results[name] for name, _ in JOBS])
# --8<-- [end:anyio]


# --8<-- [start:run]
JOBS = [("a", 0.3), ("b", 0.1), ("c", 0.2)]

START = time.monotonic()
print("asyncio.TaskGroup")
asyncio.run(main_asyncio())
START = time.monotonic()
print("trio nursery")
trio.run(main_trio)  # trio.run()에는 코루틴이 아니라 함수를 넘깁니다
START = time.monotonic()
print("anyio, asyncio 위에서")
anyio.run(main_anyio, backend="asyncio")
START = time.monotonic()
print("anyio, trio 위에서")
anyio.run(main_anyio, backend="trio")
# --8<-- [end:run]
