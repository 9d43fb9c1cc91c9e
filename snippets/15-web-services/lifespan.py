# /// script
# dependencies = ["fastapi", "uvicorn", "httpx"]
# ///
import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import uvicorn
from fastapi import FastAPI, Request


class FakePool:
    """데이터베이스 연결 풀 흉내. 열고 닫는 데 시간이 걸립니다."""

    async def open(self) -> None:
        await asyncio.sleep(0.1)
        print("[lifespan] 풀을 열었습니다")

    async def fetch(self, user_id: int) -> str:
        await asyncio.sleep(0.05)
        return f"사용자{user_id}"

    async def close(self) -> None:
        await asyncio.sleep(0.1)
        print("[lifespan] 풀을 닫았습니다")


# --8<-- [start:lifespan]
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    pool = FakePool()
    await pool.open()  # yield 앞: 첫 요청을 받기 전에 한 번
    app.state.pool = pool
    try:
        yield  # 이 동안 서버가 요청을 받습니다
    finally:
        await pool.close()  # yield 뒤: 서버가 멈출 때 한 번


app = FastAPI(lifespan=lifespan)


@app.get("/users/{user_id}")
async def get_user(user_id: int, request: Request) -> dict[str, str]:
    name = await request.app.state.pool.fetch(user_id)
    return {"name": name}
# --8<-- [end:lifespan]


async def main() -> None:
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    )
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    print("[main] 서버가 요청을 받습니다")
    port = server.servers[0].sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for user_id in [1, 2]:
            response = await client.get(f"/users/{user_id}")
            print(f"[main] GET /users/{user_id} → {response.json()}")
    print("[main] 서버에 멈추라고 알립니다")
    server.should_exit = True
    await serving
    print("[main] 서버가 멈췄습니다")


if __name__ == "__main__":  # 다른 파일이 app을 가져다 쓸 수 있게
    asyncio.run(main())
