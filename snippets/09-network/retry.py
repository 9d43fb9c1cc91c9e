# /// script
# dependencies = ["httpx", "certifi"]
# ///
import asyncio
import ssl
import time

import certifi
import httpx

TLS = ssl.create_default_context(cafile=certifi.where())  # 블로킹: 한 번만
visits: dict[str, int] = {}  # 경로마다 요청을 몇 번 받았는지


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """일부러 말썽을 부리는 HTTP 서버. 요청마다 연결을 새로 씁니다."""
    request_line = await reader.readline()
    while await reader.readline() not in (b"\r\n", b""):
        pass  # 헤더는 읽고 버립니다
    path = request_line.split()[1].decode()
    visits[path] = visits.get(path, 0) + 1
    if path == "/flaky":  # 처음 두 번은 503, 세 번째부터 200
        ok = visits[path] > 2
        delay, status = 0.1, "200 OK" if ok else "503 Service Unavailable"
    elif path == "/slow":  # 언제나 5초 뒤에야 답합니다
        delay, status = 5.0, "200 OK"
    else:
        delay, status = 0.0, "404 Not Found"
    try:
        async with asyncio.timeout(delay):
            # 요청은 다 읽었으니 이제 올 것은 '끊김'(b"")뿐입니다
            await reader.read()
        # 여기에 왔다면 클라이언트가 기다리다 먼저 끊은 것입니다
    except TimeoutError:  # delay 가 지났습니다: 답을 보냅니다
        body = status.encode()
        head = (
            f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n"
        )
        writer.write(head.encode() + body)
        await writer.drain()
    writer.close()


RETRY_STATUS = {502, 503, 504}  # 잠시 뒤에 다시 하면 될 수도 있는 응답
ATTEMPTS = 3


async def get_with_retry(
    client: httpx.AsyncClient, path: str, log: list[str]
) -> None:
    for attempt in range(1, ATTEMPTS + 1):
        try:
            response = await client.get(path, timeout=0.5)  # 요청 하나의 제한
            response.raise_for_status()  # 4xx, 5xx 면 HTTPStatusError
            log.append(f"{attempt}번째 시도: 성공 ({response.text})")
            return
        except httpx.TimeoutException:
            reason = "시간 초과"
        except httpx.HTTPStatusError as e:
            code = e.response.status_code
            if code not in RETRY_STATUS:  # 404 는 다시 해도 404 입니다
                log.append(f"{attempt}번째 시도: {code} → 다시 하지 않음")
                return
            reason = str(code)
        if attempt == ATTEMPTS:
            log.append(f"{attempt}번째 시도: {reason} → 포기")
            return
        backoff = 0.1 * 2 ** (attempt - 1)  # 0.1초, 0.2초, ... 점점 길게
        log.append(f"{attempt}번째 시도: {reason} → {backoff:.1f}초 뒤 다시")
        await asyncio.sleep(backoff)


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    logs: dict[str, list[str]] = {"/flaky": [], "/slow": [], "/missing": []}
    async with server, httpx.AsyncClient(base_url=base_url, verify=TLS) as c:
        start = time.perf_counter()  # 클라이언트를 만드는 시간(처음 한 번 모듈을 불러옴)은 빼고 잽니다
        async with asyncio.TaskGroup() as tg:  # 세 경로를 함께 요청합니다
            for path, log in logs.items():
                tg.create_task(get_with_retry(c, path, log))
        elapsed = time.perf_counter() - start  # 가장 오래 걸린 경로가 끝난 때
    for path, log in logs.items():
        print(path)
        for line in log:
            print("  " + line)
    print(f"전체: {elapsed:.1f}초")


asyncio.run(main())
