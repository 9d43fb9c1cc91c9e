# /// script
# dependencies = ["httpx"]
# ///
import asyncio

import httpx


class TokenBucket:
    """1초에 rate개씩 토큰이 차고, 최대 capacity개까지 모이는 양동이."""

    def __init__(self, rate: float, capacity: int) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)  # 처음에는 가득 차 있습니다
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.lock = asyncio.Lock()  # 기다리는 태스크를 온 순서대로 줄 세웁니다

    async def acquire(self) -> None:
        async with self.lock:
            while True:
                now = self.loop.time()
                refill = (now - self.updated) * self.rate
                self.tokens = min(self.capacity, self.tokens + refill)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                # 토큰 하나가 찰 때까지 쉽니다
                await asyncio.sleep((1 - self.tokens) / self.rate)


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


async def call(
    client: httpx.AsyncClient, bucket: TokenBucket, n: int, start: float
) -> None:
    await bucket.acquire()  # 토큰을 받아야 보냅니다
    print(f"{bucket.loop.time() - start:.1f}초 요청 {n} 보냄")
    response = await client.get(f"/items/{n}")
    response.raise_for_status()


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록
        bucket = TokenBucket(rate=5, capacity=3)  # 1초에 5개, 한 번에 3개까지
        start = bucket.loop.time()
        print("--- 요청 6개를 한꺼번에 ---")
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 7):
                tg.create_task(call(client, bucket, n, start))
        await asyncio.sleep(0.6)  # 쉬는 동안 토큰이 다시 찹니다
        print("--- 0.6초 쉬고 4개 더 ---")
        async with asyncio.TaskGroup() as tg:
            for n in range(7, 11):
                tg.create_task(call(client, bucket, n, start))


asyncio.run(main())
