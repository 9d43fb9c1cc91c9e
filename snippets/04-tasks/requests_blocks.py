# /// script
# dependencies = ["requests"]
# ///
import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

DELAYS = {"/news": 0.3, "/weather": 0.6, "/stocks": 0.9}  # 경로마다 응답 지연(초)


class SlowHandler(BaseHTTPRequestHandler):
    """스레드에서 도는 HTTP 서버: 경로에 정해진 시간만큼 기다렸다가 답합니다."""

    def do_GET(self) -> None:
        time.sleep(DELAYS[self.path])
        body = f"{self.path} 의 내용".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # 요청마다 찍는 기록을 끕니다
        pass


async def fetch(base_url: str, path: str, t0: float) -> str:
    print(f"  요청 {path} ({time.perf_counter() - t0:.1f}초)")
    response = requests.get(base_url + path)  # 블로킹! 루프 전체가 여기서 멈춥니다
    print(f"  응답 {path} ({time.perf_counter() - t0:.1f}초)")
    return response.text


async def main(base_url: str) -> None:
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for path in DELAYS:
            tg.create_task(fetch(base_url, path, t0))
    print(f"세 응답을 모두 받는 데 {time.perf_counter() - t0:.1f}초")


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
thread = threading.Thread(target=server.serve_forever)
thread.start()  # 서버는 다른 스레드에서 돕니다 (이유는 본문에)
try:
    base_url = f"http://127.0.0.1:{server.server_port}"
    asyncio.run(main(base_url))
finally:
    server.shutdown()
    server.server_close()
    thread.join()
