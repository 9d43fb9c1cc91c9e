# /// script
# dependencies = ["httpx"]
# ///
import asyncio

import httpx

hits: dict[str, int] = {}  # 서버가 경로마다 요청을 몇 번 받았는지


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """pear 는 0.5초, 나머지는 0.3초 걸려 답하는 서버. error 는 500입니다."""
    path = (await reader.readline()).split()[1].decode()
    while await reader.readline() not in (b"\r\n", b""):
        pass  # 헤더는 읽고 버립니다
    hits[path] = hits.get(path, 0) + 1
    await asyncio.sleep(0.5 if path.endswith("pear") else 0.3)  # 느린 계산
    status = "500 Internal Server Error" if path.endswith("error") else "200 OK"
    body = f"{path.rsplit('/', 1)[1]}={hits[path]}번째 계산".encode()
    head = f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n"
    writer.write(head.encode() + b"Connection: close\r\n\r\n" + body)
    await writer.drain()
    writer.close()


# --8<-- [start:shared]
class SharedFetch:
    """같은 경로를 동시에 요청하면 요청 하나를 함께 기다립니다."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.running: dict[str, asyncio.Task[str]] = {}  # 경로 → 진행 중인 태스크

    async def _fetch(self, path: str) -> str:
        response = await self.client.get(path)
        response.raise_for_status()
        return response.text

    async def get(self, path: str) -> str:
        task = self.running.get(path)
        if task is None:  # 처음 온 호출자가 태스크를 만듭니다
            task = asyncio.create_task(self._fetch(path))
            self.running[path] = task
            # 끝나면(성공, 오류, 취소 모두) 목록에서 뺍니다. 결과를 캐시하지 않습니다
            task.add_done_callback(lambda t: self.running.pop(path, None))
        # shield: 이 호출자가 취소돼도 함께 기다리는 태스크는 취소되지 않습니다
        return await asyncio.shield(task)
# --8<-- [end:shared]


async def caller(shared: SharedFetch, name: str, path: str, wait: float) -> None:
    try:
        async with asyncio.timeout(wait):
            print(f"{name}: {await shared.get(path)}")
    except TimeoutError:
        print(f"{name}: {wait}초 시간제한으로 그만둠")
    except httpx.HTTPStatusError as e:
        print(f"{name}: 오류 {e.response.status_code}")


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        shared = SharedFetch(client)
        print("--- 같은 요청 셋, 다른 요청 하나를 동시에 ---")
        async with asyncio.TaskGroup() as tg:
            tg.create_task(caller(shared, "A", "/price/apple", 0.1))  # 먼저 그만둠
            tg.create_task(caller(shared, "B", "/price/apple", 1.0))
            tg.create_task(caller(shared, "C", "/price/apple", 1.0))
            tg.create_task(caller(shared, "D", "/price/pear", 1.0))
        print(f"진행 중인 태스크: {len(shared.running)}개")
        print("--- 끝난 뒤에 다시 ---")
        await caller(shared, "E", "/price/apple", 1.0)
        print("--- 오류는 기다리던 모두에게 ---")
        async with asyncio.TaskGroup() as tg:
            tg.create_task(caller(shared, "F", "/price/error", 1.0))
            tg.create_task(caller(shared, "G", "/price/error", 1.0))
        print(f"서버가 받은 요청: {hits}")


asyncio.run(main())
