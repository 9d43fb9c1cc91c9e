# /// script
# dependencies = ["fastapi", "uvicorn", "httpx"]
# ///
import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import uvicorn
from fastapi import BackgroundTasks, FastAPI

started = 0.0  # 라운드를 시작한 시각


def now() -> str:
    return f"{time.perf_counter() - started:.1f}초"


async def send_mail(to: str) -> None:
    try:
        await asyncio.sleep(0.5)  # 메일 서버와 이야기하는 시간
        print(f"  메일 보냄: {to} ({now()})")
    except asyncio.CancelledError:
        print(f"  메일 못 보냄: {to} (취소됨)")
        raise


# --8<-- [start:app]
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.tasks = set()  # 직접 만든 배경 태스크의 참조를 쥡니다
    yield
    tasks = app.state.tasks
    print(f"  [lifespan] 배경 태스크 {len(tasks)}개를 기다립니다")
    if tasks:
        _, pending = await asyncio.wait(tasks, timeout=2.0)  # 유예 시간
        for task in pending:
            task.cancel()  # 그래도 안 끝난 것은 취소


app = FastAPI(lifespan=lifespan)


@app.post("/signup/background-tasks")
async def with_background_tasks(background: BackgroundTasks) -> str:
    background.add_task(send_mail, "A")  # 응답을 보낸 뒤에 실행됩니다
    return "가입 완료"


@app.post("/signup/tracked")
async def with_tracked_task() -> str:
    task = asyncio.create_task(send_mail("B"))
    app.state.tasks.add(task)  # 참조를 쥐고, 끝나면 스스로 빠집니다
    task.add_done_callback(app.state.tasks.discard)
    return "가입 완료"


@app.post("/signup/forget")
async def fire_and_forget() -> str:
    asyncio.create_task(send_mail("C"))  # 참조를 버립니다: 아무도 모르는 일
    return "가입 완료"
# --8<-- [end:app]


# --8<-- [start:main]
async def one_round(path: str) -> None:
    """서버를 띄우고, 요청 하나를 보내고, 곧바로 서버를 멈춥니다."""
    global started
    print(f"--- POST {path} ---")
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    )
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        await client.get("/warm-up")  # 첫 요청은 미리 한 번 (404 여도 됩니다)
        started = time.perf_counter()
        response = await client.post(path)
        print(f"  응답: {response.json()} ({now()})")
    server.should_exit = True  # 응답을 받자마자 서버를 멈춥니다
    await serving
    print("  서버가 멈췄습니다")


async def main() -> None:
    for path in ["background-tasks", "tracked", "forget"]:
        await one_round(f"/signup/{path}")
    print("main 끝: asyncio.run()이 남은 태스크를 취소합니다")


asyncio.run(main())
# --8<-- [end:main]
