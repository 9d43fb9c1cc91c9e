# /// script
# dependencies = ["aiosqlite"]
# ///
import asyncio
import tempfile
import time
from pathlib import Path

import aiosqlite


def slow(n: int) -> int:
    """0.3초 걸리는 SQL 함수: 무거운 쿼리 대신 씁니다."""
    time.sleep(0.3)
    return n


async def query(db: aiosqlite.Connection, n: int, start: float) -> float:
    await db.execute_fetchall("SELECT slow(?)", (n,))
    return asyncio.get_running_loop().time() - start


async def longest_pause(stop: asyncio.Event) -> float:
    """루프가 다른 태스크를 실행하지 못한 가장 긴 시간을 잽니다."""
    loop, worst = asyncio.get_running_loop(), 0.0
    while not stop.is_set():
        before = loop.time()
        await asyncio.sleep(0.01)
        worst = max(worst, loop.time() - before - 0.01)
    return worst


async def run(title: str, connections: list[aiosqlite.Connection]) -> None:
    print(f"--- {title} ---")
    stop = asyncio.Event()
    watcher = asyncio.create_task(longest_pause(stop))
    start = asyncio.get_running_loop().time()
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(query(connections[n % len(connections)], n + 1, start))
            for n in range(3)
        ]
    stop.set()
    print(", ".join(f"쿼리 {n} {t.result():.1f}초" for n, t in enumerate(tasks, 1)))
    print(f"루프가 가장 오래 멈춘 시간: {await watcher:.1f}초")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"
        dbs = [await aiosqlite.connect(path) for _ in range(3)]
        for db in dbs:
            await db.create_function("slow", 1, slow)
        await run("연결 하나에 쿼리 3개", dbs[:1])
        await run("연결 3개에 쿼리 하나씩", dbs)
        for db in dbs:
            await db.close()


asyncio.run(main())
