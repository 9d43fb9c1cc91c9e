# /// script
# dependencies = ["fastapi", "httpx"]
# ///
import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request

started = time.perf_counter()


def now() -> str:
    return f"{time.perf_counter() - started:.1f}초"


async def worker(jobs: asyncio.Queue[str]) -> None:
    while True:
        job = await jobs.get()
        await asyncio.sleep(0.2)  # 알림 보내기
        print(f"{now()} [일꾼] {job} 알림 보냄")
        jobs.task_done()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    jobs: asyncio.Queue[str] = asyncio.Queue()
    app.state.jobs = jobs
    worker_task = asyncio.create_task(worker(jobs))  # 참조를 쥡니다
    yield
    print(f"{now()} [lifespan] 큐에 남은 일을 마저 합니다")
    try:
        async with asyncio.timeout(2.0):  # 유예 시간
            await jobs.join()  # 큐가 빌 때까지
    except TimeoutError:  # 유예 시간이 지나면 남은 일을 기록하고 포기합니다
        print(f"{now()} [lifespan] 유예 시간 끝: 큐에 남은 알림 {jobs.qsize()}개")
    finally:
        worker_task.cancel()  # 일꾼은 끝없이 도니 취소로 멈춥니다
        try:
            await worker_task
        except asyncio.CancelledError:
            pass
    print(f"{now()} [lifespan] 일꾼을 멈췄습니다")


app = FastAPI(lifespan=lifespan)


@app.post("/orders/{order_id}")
async def order(order_id: int, request: Request) -> str:
    request.app.state.jobs.put_nowait(f"주문{order_id}")  # 큐에 넣고 곧바로 답합니다
    return "접수"


async def main() -> None:
    global started
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        async with lifespan(app):
            started = time.perf_counter()
            for order_id in [1, 2, 3]:
                response = await client.post(f"/orders/{order_id}")
                print(f"{now()} [클라이언트] 주문{order_id}: {response.json()}")
        print(f"{now()} 앱이 멈췄습니다")


asyncio.run(main())
