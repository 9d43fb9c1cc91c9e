# /// script
# dependencies = ["fastapi", "httpx"]
# ///
import asyncio
import time

import httpx
from fastapi import FastAPI

app = FastAPI()


def make_report() -> str:
    time.sleep(0.3)  # 블로킹 라이브러리 (예: PDF 만들기)
    return "보고서"


@app.get("/before")
async def before() -> str:
    report = make_report()  # 루프를 0.3초 멈춥니다
    await asyncio.sleep(0.1)  # 비동기 I/O (예: 저장소에 올리기)
    return report


@app.get("/after")
async def after() -> str:
    report = await asyncio.to_thread(make_report)  # 스레드에서
    await asyncio.sleep(0.1)
    return report


async def main() -> None:
    transport = httpx.ASGITransport(app=app)  # 서버 없이 앱을 부릅니다
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        await client.get("/after")  # 첫 요청은 미리 한 번
        for path in ["/before", "/after"]:
            start = time.perf_counter()
            async with asyncio.TaskGroup() as tg:
                for _ in range(3):
                    tg.create_task(client.get(path))
            print(f"{path}: 요청 3개에 {time.perf_counter() - start:.1f}초")


asyncio.run(main())
