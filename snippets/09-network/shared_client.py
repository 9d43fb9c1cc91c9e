# /// script
# dependencies = ["httpx", "certifi"]
# ///
import asyncio
import ssl

import certifi
import httpx

# 인증서 묶음을 읽는 일은 블로킹입니다. 프로그램을 시작할 때 한 번만 합니다
TLS = ssl.create_default_context(cafile=certifi.where())
connections = 0  # 서버가 받아들인 TCP 연결 수


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """아주 작은 HTTP 서버: GET /work/3 이면 0.3초 뒤에 답합니다."""
    global connections
    connections += 1
    # 연결 하나로 요청을 여러 번 받습니다 (HTTP keep-alive)
    while request_line := await reader.readline():  # b"GET /work/3 ..."
        while await reader.readline() not in (b"\r\n", b""):
            pass  # 헤더는 읽고 버립니다
        path = request_line.split()[1].decode()
        await asyncio.sleep(int(path.rsplit("/", 1)[1]) / 10)
        body = f"{path} 완료".encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n"
        writer.write(head.encode() + body)
        await writer.drain()
    writer.close()  # 클라이언트가 연결을 닫았으니 이쪽도 닫습니다


async def fetch(
    client: httpx.AsyncClient, limit: asyncio.Semaphore, path: str
) -> None:
    async with limit:  # 동시에 보내는 요청은 최대 2개
        print(f"보냄 {path}")
        response = await client.get(path)
        print(f"받음 {response.text}")


async def fetch_alone(
    base_url: str, limit: asyncio.Semaphore, path: str
) -> None:
    async with limit:  # 요청마다 클라이언트를 새로 만듭니다 (나쁜 예)
        async with httpx.AsyncClient(base_url=base_url, verify=TLS) as c:
            await c.get(path)


async def main() -> None:
    global connections
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    paths = [f"/work/{n}" for n in range(1, 6)]
    limit = asyncio.Semaphore(2)
    async with server:
        print("--- 클라이언트 하나를 함께 씁니다 ---")
        async with httpx.AsyncClient(base_url=base_url, verify=TLS) as client:
            async with asyncio.TaskGroup() as tg:
                for path in paths:
                    tg.create_task(fetch(client, limit, path))
        print(f"요청 {len(paths)}개에 연결 {connections}개")

        print("--- 요청마다 클라이언트를 새로 만듭니다 ---")
        connections = 0
        async with asyncio.TaskGroup() as tg:
            for path in paths:
                tg.create_task(fetch_alone(base_url, limit, path))
        print(f"요청 {len(paths)}개에 연결 {connections}개")


asyncio.run(main())
