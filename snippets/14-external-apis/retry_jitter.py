# /// script
# dependencies = ["httpx"]
# [tool.guide]
# exclusive = true  # 마감 1.2초 안에 몇 번 시도하는지가 출력에 나옵니다: 혼자 돌려 시간이 흔들리지 않게
# ///
import asyncio
import random

import httpx

visits: dict[str, int] = {}  # 경로마다 요청을 몇 번 받았는지


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """/flaky 는 두 번 503 뒤에 200, 나머지는 언제나 503으로 답합니다."""
    path = (await reader.readline()).split()[1].decode()
    while await reader.readline() not in (b"\r\n", b""):
        pass  # 헤더는 읽고 버립니다 (요청 본문은 보내지 않습니다)
    visits[path] = visits.get(path, 0) + 1
    ok = path == "/flaky" and visits[path] > 2
    status = "200 OK" if ok else "503 Service Unavailable"
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Length: 0\r\n"
        "Connection: close\r\n\r\n".encode()
    )
    await writer.drain()
    writer.close()


# --8<-- [start:retry]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}  # 멱등 메서드
RETRY_STATUS = {429, 502, 503, 504}
ATTEMPTS = 6  # 시도 횟수의 상한
BASE, CAP = 0.2, 0.6  # 첫 대기의 기준, 대기 하나의 상한 (초)
rng = random.Random(7)  # 예제의 출력을 고정하려고 씨앗을 줍니다


async def request_with_retry(
    client: httpx.AsyncClient, method: str, path: str
) -> httpx.Response:
    loop = asyncio.get_running_loop()
    start = loop.time()
    for attempt in range(1, ATTEMPTS + 1):
        response = await client.request(method, path, timeout=0.5)
        elapsed = loop.time() - start
        note = f"{elapsed:.1f}초 {attempt}번째 시도: {response.status_code}"
        if response.status_code not in RETRY_STATUS:
            print(f"{note} → 끝")
            return response
        if method not in SAFE_METHODS:
            print(f"{note} → {method}는 다시 보내지 않습니다")
            return response
        if attempt == ATTEMPTS:
            print(f"{note} → 횟수 상한, 포기")
            return response
        limit = min(CAP, BASE * 2 ** (attempt - 1))  # 0.2, 0.4, 0.6, 0.6, ...
        delay = limit / 2 + rng.uniform(0, limit / 2)  # 절반은 고정, 절반은 지터
        print(f"{note} → {delay:.2f}초 쉼")
        await asyncio.sleep(delay)
    raise AssertionError("여기에는 오지 않습니다")
# --8<-- [end:retry]


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록
        print("--- GET /flaky ---")
        await request_with_retry(client, "GET", "/flaky")
        print("--- POST /orders ---")
        await request_with_retry(client, "POST", "/orders")
        print("--- GET /down, 전체 마감 1.2초 ---")
        try:
            async with asyncio.timeout(1.2):  # 대기까지 모두 합친 마감
                await request_with_retry(client, "GET", "/down")
        except TimeoutError:
            print(f"마감 시간이 지나 포기 (서버가 받은 요청 {visits['/down']}번)")


asyncio.run(main())
