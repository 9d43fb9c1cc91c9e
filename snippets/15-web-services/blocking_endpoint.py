# /// script
# dependencies = ["fastapi", "uvicorn", "httpx"]
# ///
import asyncio
import time

import httpx
import uvicorn
from fastapi import FastAPI

app = FastAPI()
started = 0.0  # 요청 묶음을 보낸 시각
starts: list[str] = []  # 엔드포인트가 시작한 시각들


def now() -> str:
    return f"{time.perf_counter() - started:.1f}초"


# --8<-- [start:endpoints]
@app.get("/async-block")
async def async_block() -> str:
    starts.append(now())
    time.sleep(0.5)  # 블로킹: 이벤트 루프가 0.5초 동안 멈춥니다
    return "ok"


@app.get("/sync")
def sync_endpoint() -> str:  # 그냥 def: 스레드 풀에서 실행됩니다
    starts.append(now())  # 스레드에서도 안전합니다
    time.sleep(0.5)
    return "ok"


@app.get("/async-to-thread")
async def async_to_thread() -> str:
    starts.append(now())
    await asyncio.to_thread(time.sleep, 0.5)  # 블로킹 호출을 스레드로
    return "ok"
# --8<-- [end:endpoints]


@app.get("/ping")
async def ping() -> str:
    return "pong"


# --8<-- [start:main]
async def three_at_once(client: httpx.AsyncClient, path: str) -> None:
    global started
    print(f"--- {path}에 요청 3개를 동시에 ---")
    started = time.perf_counter()
    starts.clear()
    async with asyncio.TaskGroup() as tg:
        for _ in range(3):
            tg.create_task(client.get(path))
    print(f"  엔드포인트가 시작한 시각: {', '.join(sorted(starts))}")
    print(f"  3개 모두 끝남: {now()}")


async def main() -> None:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:  # 서버가 소켓을 열 때까지
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        await client.get("/ping")  # 첫 요청은 미리 한 번
        for path in ["/async-block", "/sync", "/async-to-thread"]:
            await three_at_once(client, path)
    server.should_exit = True  # 서버에 멈추라고 알리고
    await serving  # 정말 멈출 때까지 기다립니다


asyncio.run(main())
# --8<-- [end:main]
