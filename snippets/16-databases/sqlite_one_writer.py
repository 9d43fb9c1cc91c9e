# /// script
# dependencies = ["aiosqlite"]
# ///
import asyncio
import sqlite3
import tempfile
import time
from pathlib import Path

import aiosqlite


def slow(n: int) -> int:
    """0.3초 걸리는 SQL 함수: 오래 걸리는 쓰기 대신 씁니다."""
    time.sleep(0.3)
    return n


async def write(path: Path, name: str, start: float, timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    # 태스크마다 자기 연결. timeout: 다른 연결의 록이 풀리기를 기다리는 최대 시간
    async with aiosqlite.connect(path, timeout=timeout) as db:
        await db.create_function("slow", 1, slow)
        try:
            # 쓰기 록을 잡고 0.3초 동안 씁니다
            await db.execute("INSERT INTO log VALUES (?, slow(1))", (name,))
            await db.commit()
            print(f"{loop.time() - start:.1f}초 {name} 커밋")
        except sqlite3.OperationalError as e:
            print(f"{loop.time() - start:.1f}초 {name} 실패: {e}")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"
        async with aiosqlite.connect(path) as db:
            await db.execute("CREATE TABLE log (name TEXT, n INT)")
        start = asyncio.get_running_loop().time()
        async with asyncio.TaskGroup() as tg:
            tg.create_task(write(path, "A", start))
            await asyncio.sleep(0.05)  # A가 먼저 록을 잡도록
            tg.create_task(write(path, "B", start))  # 5초까지 기다립니다
            tg.create_task(write(path, "C", start, timeout=0.1))
        async with aiosqlite.connect(path) as db:
            rows = await db.execute_fetchall("SELECT name FROM log")
        print("기록:", [name for (name,) in rows])


asyncio.run(main())
