# /// script
# dependencies = ["httpx", "aiolimiter"]
# ///
import asyncio

import httpx
from aiolimiter import AsyncLimiter


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """곧바로 200으로 답하는 작은 HTTP 서버 (연결 하나에 요청 하나)."""
    await reader.readline()  # 요청 줄: b"GET /items/1 HTTP/1.1"
    while await reader.readline() not in (b"\r\n", b""):
        pass  # 헤더는 읽고 버립니다
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
    )
    await writer.drain()
    writer.close()


# --8<-- [start:call]
async def call(
    client: httpx.AsyncClient, limiter: AsyncLimiter, n: int, start: float
) -> None:
    async with limiter:  # 자리가 날 때까지 기다렸다가 들어갑니다
        print(f"{asyncio.get_running_loop().time() - start:.1f}초 요청 {n} 보냄")
        response = await client.get(f"/items/{n}")
        response.raise_for_status()
# --8<-- [end:call]


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록
        # 0.6초에 3개 = 1초에 5개, 한 번에 3개까지: TokenBucket(rate=5, capacity=3)과 같은 한도
        limiter = AsyncLimiter(max_rate=3, time_period=0.6)
        start = asyncio.get_running_loop().time()
        print("--- 요청 6개를 한꺼번에 ---")
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 7):
                tg.create_task(call(client, limiter, n, start))
        await asyncio.sleep(0.6)  # 쉬는 동안 양동이가 다시 비워집니다
        print("--- 0.6초 쉬고 4개 더 ---")
        async with asyncio.TaskGroup() as tg:
            for n in range(7, 11):
                tg.create_task(call(client, limiter, n, start))


asyncio.run(main())
