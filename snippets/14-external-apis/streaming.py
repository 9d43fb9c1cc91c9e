# /// script
# dependencies = ["httpx"]
# ///
import asyncio

import httpx


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """본문을 0.3초마다 한 줄씩 조각(chunk)으로 나눠 보내는 HTTP 서버."""
    await reader.readline()  # 요청 줄
    while await reader.readline() not in (b"\r\n", b""):
        pass  # 헤더는 읽고 버립니다
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    for n in range(1, 4):
        await asyncio.sleep(0.3)  # 다음 줄을 만드는 데 시간이 걸립니다
        line = f"{n}번째 줄\n".encode()
        # 조각 하나 = 길이(16진수) + 내용
        writer.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
        await writer.drain()
    writer.write(b"0\r\n\r\n")  # 길이 0인 조각이 본문의 끝입니다
    await writer.drain()
    writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    loop = asyncio.get_running_loop()
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록

        print("--- client.get(): 본문을 다 받은 뒤에 돌아옵니다 ---")
        start = loop.time()
        response = await client.get("/lines")
        for line in response.text.splitlines():
            print(f"{loop.time() - start:.1f}초 {line}")

        print("--- client.stream(): 오는 대로 읽습니다 ---")
        start = loop.time()
        async with client.stream("GET", "/lines") as response:
            print(f"{loop.time() - start:.1f}초 헤더 받음: {response.status_code}")
            async for line in response.aiter_lines():
                print(f"{loop.time() - start:.1f}초 {line}")
        # 블록을 나오면 연결이 풀(pool)로 돌아가거나 닫힙니다


asyncio.run(main())
