# /// script
# dependencies = ["httpx"]
# ///
import asyncio

import httpx

PIECES, PIECE_SIZE = 4, 250  # 본문 1000바이트를 250바이트씩 네 번


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """길이를 먼저 알리고, 본문은 0.2초마다 조금씩 보내는 서버."""
    await reader.readline()
    while await reader.readline() not in (b"\r\n", b""):
        pass
    writer.write(
        f"HTTP/1.1 200 OK\r\nContent-Length: {PIECES * PIECE_SIZE}\r\n"
        "Connection: close\r\n\r\n".encode()
    )
    for _ in range(PIECES):
        await asyncio.sleep(0.2)
        writer.write(b"x" * PIECE_SIZE)
        await writer.drain()
    writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    loop = asyncio.get_running_loop()
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록
        start = loop.time()
        async with client.stream("GET", "/file") as response:
            total = int(response.headers["Content-Length"])
            received = 0
            async for chunk in response.aiter_bytes():
                received += len(chunk)  # 조각의 크기는 그때그때 다를 수 있습니다
                percent = received * 100 // total
                elapsed = loop.time() - start
                print(f"{elapsed:.1f}초 {received}/{total}바이트 ({percent}%)")
        print("다 받았습니다")


asyncio.run(main())
