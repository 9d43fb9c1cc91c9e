# /// script
# dependencies = ["httpx", "certifi"]
# ///
import asyncio
import ssl
import time

import certifi
import httpx

TLS = ssl.create_default_context(cafile=certifi.where())


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """GET /work/3 이면 0.3초 뒤에 답합니다. 클라이언트가 끊으면 그만둡니다."""
    request_line = await reader.readline()
    while await reader.readline() not in (b"\r\n", b""):
        pass
    path = request_line.split()[1].decode()
    try:
        async with asyncio.timeout(int(path.rsplit("/", 1)[1]) / 10):
            await reader.read()  # 클라이언트가 끊으면 b"" 로 바로 돌아옵니다
    except TimeoutError:
        body = f"{path} 완료".encode()
        head = (
            f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n"
        )
        writer.write(head.encode() + body)
        await writer.drain()
    writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    done: list[str] = []

    async def fetch(client: httpx.AsyncClient, path: str) -> None:
        response = await client.get(path)
        done.append(response.text)

    async with server, httpx.AsyncClient(base_url=base_url, verify=TLS) as c:
        start = time.perf_counter()
        try:
            async with asyncio.timeout(1.0):  # 요청 전체의 마감 시간
                async with asyncio.TaskGroup() as tg:
                    for n in [2, 4, 16, 24]:
                        tg.create_task(fetch(c, f"/work/{n}"))
        except TimeoutError:
            elapsed = time.perf_counter() - start
            print(f"{elapsed:.1f}초: 마감 시간이 지나 남은 요청을 취소했습니다")
    print(f"끝난 요청: {done}")


asyncio.run(main())
