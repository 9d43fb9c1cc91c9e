# /// script
# dependencies = ["httpx", "tenacity"]
# [tool.guide]
# exclusive = true  # 마감 1.2초 안에 몇 번 시도하는지가 출력에 나옵니다: 혼자 돌려 시간이 흔들리지 않게
# ///
import asyncio
import random

import httpx
from tenacity import (
    RetryCallState,
    RetryError,
    retry,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential,
    wait_random_exponential,
)

visits: dict[str, int] = {}  # 경로마다 요청을 몇 번 받았는지


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """/flaky는 두 번 503 뒤에 200, 나머지는 언제나 503으로 답합니다."""
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


def should_retry(exc: BaseException) -> bool:
    """다시 보내도 되는 요청의, 다시 해 볼 만한 실패만 True."""
    if not isinstance(exc, httpx.HTTPError) or exc.request.method not in SAFE_METHODS:
        return False
    if isinstance(exc, httpx.HTTPStatusError):
        return exc.response.status_code in RETRY_STATUS
    return isinstance(exc, httpx.TransportError)  # 연결 실패, 시간 초과


def report(state: RetryCallState) -> None:
    """쉬기 직전에 불립니다: 몇 번째 시도가 어떻게 실패했고 얼마나 쉬는지."""
    error = state.outcome.exception()
    print(
        f"{state.seconds_since_start:.1f}초 {state.attempt_number}번째 시도: "
        f"{error.response.status_code} → {state.upcoming_sleep:.2f}초 쉼"
    )


@retry(
    retry=retry_if_exception(should_retry),
    # 절반은 고정(0.1, 0.2, 0.3, 0.3, …), 절반은 0부터 같은 상한까지의 난수
    wait=wait_exponential(multiplier=0.1, max=0.3)
    + wait_random_exponential(multiplier=0.1, max=0.3),
    # 지난 시간 + 다음 대기 ≥ 1.2초이면 멈춤, 또는 6번 시도하면 멈춤
    stop=stop_before_delay(1.2) | stop_after_attempt(6),
    before_sleep=report,
)
async def fetch(client: httpx.AsyncClient, method: str, path: str) -> httpx.Response:
    response = await client.request(method, path, timeout=0.5)
    response.raise_for_status()  # 4xx·5xx를 예외로 바꿔야 tenacity가 봅니다
    return response
# --8<-- [end:retry]


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록
        # --8<-- [start:main]
        # wait_random_exponential은 random 모듈을 씁니다. 예제는 출력이 늘 같도록 씨앗을 줍니다
        random.seed(24)
        print("--- GET /flaky ---")
        response = await fetch(client, "GET", "/flaky")
        print(f"성공: {response.status_code} (서버가 받은 요청 {visits['/flaky']}번)")

        print("--- POST /orders ---")
        try:
            await fetch(client, "POST", "/orders")
        except httpx.HTTPStatusError as e:  # 다시 하지 않으면 원래 예외 그대로
            print(f"{type(e).__name__}: {e.response.status_code}, 다시 보내지 않음")

        print("--- GET /down (기본: RetryError) ---")
        random.seed(24)
        start = loop.time()
        try:
            await fetch(client, "GET", "/down")
        except RetryError as e:
            last = e.last_attempt  # 마지막 시도: 번호와 그때의 예외를 들고 있습니다
            print(f"{loop.time() - start:.1f}초 RetryError: {last.attempt_number}번 "
                  f"시도하고 포기, 마지막 예외는 {type(last.exception()).__name__}")

        print("--- GET /down (reraise=True) ---")
        random.seed(24)  # 같은 대기 시간으로 한 번 더
        start = loop.time()
        try:
            await fetch.retry_with(reraise=True)(client, "GET", "/down")
        except httpx.HTTPStatusError as e:  # 마지막 예외를 그대로 받습니다
            print(f"{loop.time() - start:.1f}초 {type(e).__name__}: {e.response.status_code}")
        # --8<-- [end:main]


asyncio.run(main())
