# /// script
# dependencies = ["httpx"]
# ///
import asyncio

import httpx


class TokenBucket:
    """token_bucket.py 와 같은 양동이입니다."""

    def __init__(self, rate: float, capacity: int) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.lock = asyncio.Lock()

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
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """/slow 는 0.5초 뒤에, 나머지는 곧바로 답합니다."""
    path = (await reader.readline()).split()[1].decode()
    while await reader.readline() not in (b"\r\n", b""):
        pass
    if path.startswith("/slow"):
        await asyncio.sleep(0.5)
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
    )
    await writer.drain()
    writer.close()


async def call(
    client: httpx.AsyncClient,
    limit: asyncio.Semaphore,
    bucket: TokenBucket,
    path: str,
    start: float,
) -> None:
    async with limit:  # 먼저 동시 실행 자리를 얻고
        await bucket.acquire()  # 그다음 토큰을 받습니다
        print(f"{bucket.loop.time() - start:.1f}초 {path} 보냄")
        response = await client.get(path)
        response.raise_for_status()


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록
        limit = asyncio.Semaphore(2)  # 동시에 2개까지
        bucket = TokenBucket(rate=5, capacity=3)  # 1초에 5개, 한 번에 3개까지
        for kind in ("slow", "fast"):
            print(f"--- /{kind} 6개 ---")
            start = bucket.loop.time()
            async with asyncio.TaskGroup() as tg:
                for n in range(1, 7):
                    path = f"/{kind}/{n}"
                    tg.create_task(call(client, limit, bucket, path, start))


asyncio.run(main())
