# /// script
# dependencies = ["sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import tempfile
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


async def job(engine: AsyncEngine, start: float) -> float:
    loop = asyncio.get_running_loop()
    async with engine.connect() as conn:  # 풀에서 연결 하나를 빌립니다
        waited = loop.time() - start
        await conn.execute(text("SELECT 1"))
        await asyncio.sleep(0.3)  # 0.3초 걸리는 트랜잭션 대신
    return waited  # 블록을 나오면서 연결을 풀에 돌려주었습니다


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(
            f"sqlite+aiosqlite:///{Path(folder) / 'app.db'}",
            pool_size=3,  # 풀에 유지하는 연결 수
            max_overflow=0,  # 모자랄 때 잠깐 더 여는 연결 수 → 동시에 최대 3개
            pool_timeout=5,  # 연결을 기다리는 최대 시간(초)
        )
        print("풀:", type(engine.pool).__name__)
        async with engine.connect(), engine.connect(), engine.connect():
            pass  # 연결 3개를 미리 열어 둡니다: 여는 시간을 재지 않도록
        start = asyncio.get_running_loop().time()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(engine, start)) for _ in range(7)]
            await asyncio.sleep(0.1)
            print("0.1초:", engine.pool.status())
        for n, task in enumerate(tasks, 1):
            print(f"작업 {n}: {task.result():.1f}초 기다려 연결 받음")
        print("끝:", engine.pool.status())
        await engine.dispose()


asyncio.run(main())
