# /// script
# dependencies = ["sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import tempfile
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


async def job(engine: AsyncEngine, n: int, start: float) -> None:
    loop = asyncio.get_running_loop()
    try:
        async with engine.connect() as conn:
            print(f"{loop.time() - start:.1f}초 작업 {n}: 연결 받음")
            await conn.execute(text("SELECT 1"))
            await asyncio.sleep(0.4)  # 0.4초 걸리는 트랜잭션 대신
    except sqlalchemy.exc.TimeoutError as e:  # 내장 TimeoutError가 아닙니다
        print(f"{loop.time() - start:.1f}초 작업 {n}: {type(e).__name__}")
        print(f"    {str(e).split(' (')[0]}")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(
            f"sqlite+aiosqlite:///{Path(folder) / 'app.db'}",
            pool_size=2,
            max_overflow=0,
            pool_timeout=0.6,  # 연결을 0.6초까지만 기다립니다
        )
        async with engine.connect(), engine.connect():
            pass  # 연결 2개를 미리 열어 둡니다
        start = asyncio.get_running_loop().time()
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 6):
                tg.create_task(job(engine, n, start))
                await asyncio.sleep(0)  # 만든 순서대로 줄을 서게 합니다
        await engine.dispose()


asyncio.run(main())
