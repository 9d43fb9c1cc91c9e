# /// script
# dependencies = ["requests"]
# ///
import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

DELAYS = {"/a": 0.3, "/b": 0.4, "/c": 0.5}  # 경로마다 응답에 걸리는 시간


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(DELAYS[self.path])  # 느린 서버 흉내 (서버 스레드 안입니다)
        body = f"{self.path} 완료".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # 요청마다 찍는 로그를 끕니다
        pass


async def watch_loop(gaps: list[float]) -> None:
    """0.1초마다 깨어나며, 실제로 몇 초 만에 깨어났는지 모읍니다."""
    last = time.perf_counter()
    try:
        while True:
            await asyncio.sleep(0.1)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
    except asyncio.CancelledError:
        gaps.append(time.perf_counter() - last)  # 취소될 때 마지막 공백도 잽니다
        raise


async def fetch_blocking(base: str, path: str) -> None:
    print(f"  {path} 요청")
    body = requests.get(base + path).text  # 응답이 올 때까지 루프가 멈춥니다
    print(f"  {body}")


async def fetch_in_thread(base: str, path: str) -> None:
    print(f"  {path} 요청")
    response = await asyncio.to_thread(requests.get, base + path)  # 다른 스레드에서
    print(f"  {response.text}")


async def run_round(fetch, base: str) -> None:
    gaps: list[float] = []
    watcher = asyncio.create_task(watch_loop(gaps), name="감시")
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for path in DELAYS:
            tg.create_task(fetch(base, path), name=f"{fetch.__name__} {path}")
    elapsed = time.perf_counter() - start
    watcher.cancel()
    await asyncio.wait([watcher])  # 감시 태스크가 기록을 마치고 끝나기를 기다립니다
    print(f"걸린 시간: {elapsed:.1f}초, 감시 태스크가 깨어난 가장 긴 간격: {max(gaps):.1f}초 (제때라면 0.1초)")


async def main(base: str) -> None:
    print("--- requests.get() 을 그대로 부르면 ---")
    await run_round(fetch_blocking, base)
    print("--- asyncio.to_thread(requests.get, ...) ---")
    await run_round(fetch_in_thread, base)


if __name__ == "__main__":
    # 서버는 별도 스레드에서 돌립니다. 루프가 멈춰도 응답해야 하니까요.
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        port = server.server_address[1]
        asyncio.run(main(f"http://127.0.0.1:{port}"))
    finally:
        server.shutdown()  # serve_forever() 를 멈추고
        server.server_close()  # 소켓을 닫고
        thread.join()  # 스레드가 끝나기를 기다립니다
