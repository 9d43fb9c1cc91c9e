# /// script
# dependencies = ["asyncpg"]
# [tool.guide]
# services = ["postgresql"]
# ///
import asyncio
import os
import time

import asyncpg

DSN = os.environ.get("DATABASE_URL", "postgresql://postgres:secret@127.0.0.1:5432/postgres")
REPORTS = {"보고서 1": 0.2, "보고서 2": 0.4, "보고서 3": 0.6}  # 서버에서 걸리는 시간(초)


async def report(conn: asyncpg.Connection, name: str, start: float) -> None:
    try:
        await conn.execute("SELECT pg_sleep($1)", REPORTS[name])  # 오래 걸리는 쿼리 대신
    except asyncpg.InterfaceError as e:  # 보여 주려고 잡습니다
        print(f"{name}: {time.perf_counter() - start:.1f}초에 실패 - {e}")
    else:
        print(f"{name}: {time.perf_counter() - start:.1f}초에 끝")


async def main() -> None:
    print("틀린 예: 연결 하나를 세 태스크가 함께 씁니다")
    conn = await asyncpg.connect(DSN)
    try:
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            for name in REPORTS:
                tg.create_task(report(conn, name, start))
    finally:
        await conn.close()

    print("바른 예: 태스크마다 풀에서 연결을 하나씩 빌립니다")
    async with asyncpg.create_pool(DSN, min_size=3, max_size=3) as pool:

        async def borrow(name: str, start: float) -> None:
            async with pool.acquire() as conn:  # 블록을 나오면 풀에 돌려줍니다
                await report(conn, name, start)

        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            for name in REPORTS:
                tg.create_task(borrow(name, start))
        print(f"셋 모두 {time.perf_counter() - start:.1f}초 (하나씩이면 1.2초): 서버가 함께 처리했습니다")


asyncio.run(main())
