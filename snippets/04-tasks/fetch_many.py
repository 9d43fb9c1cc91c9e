# /// script
# dependencies = ["httpx"]
# [tool.guide]
# exclusive = true  # 클라이언트와 서버가 한 프로세스에서 CPU 를 많이 씁니다: 타임라인이 흔들리지 않게 혼자
# ///
import asyncio
import time

import httpx

DELAYS = {"/news": 0.3, "/weather": 0.6, "/stocks": 0.9}  # 경로마다 응답 지연(초)


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """아주 작은 HTTP 서버: 경로에 정해진 시간만큼 기다렸다가 답합니다."""
    request_line = await reader.readline()  # 예: b"GET /news HTTP/1.1\r\n"
    while await reader.readline() not in (b"\r\n", b""):  # 나머지 헤더는 버립니다
        pass
    path = request_line.split()[1].decode()
    asyncio.current_task().set_name(f"서버 {path}")  # 타임라인에서 알아보기 쉽게
    await asyncio.sleep(DELAYS.get(path, 0))
    body = f"{path} 의 내용".encode()
    writer.write(
        b"HTTP/1.1 200 OK\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Length: %d\r\n"
        b"Connection: close\r\n\r\n" % len(body) + body  # 답한 뒤 연결을 닫습니다
    )
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def fetch(client: httpx.AsyncClient, path: str, t0: float) -> str:
    print(f"  요청 {path} ({time.perf_counter() - t0:.1f}초)")
    response = await client.get(path)  # 응답을 기다리는 동안 다른 태스크가 돕니다
    print(f"  응답 {path} ({time.perf_counter() - t0:.1f}초)")
    return response.text


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # 포트 0: 빈 포트
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/ping")  # 첫 요청만 드는 준비 시간을 재기 전에 치릅니다
        t0 = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [
                tg.create_task(fetch(client, path, t0), name=path)
                for path in DELAYS
            ]
        print(f"세 응답을 모두 받는 데 {time.perf_counter() - t0:.1f}초")
        print([task.result() for task in tasks])


asyncio.run(main())
