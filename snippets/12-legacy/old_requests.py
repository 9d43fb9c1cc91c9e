# /// script
# dependencies = ["requests"]
# ///
import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests


class SlowPage(BaseHTTPRequestHandler):
    """어느 경로든 0.3초 뒤에 답하는 작은 서버 (다른 스레드에서 돕니다)."""

    def do_GET(self) -> None:
        time.sleep(0.3)
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # 요청마다 찍는 기록을 끕니다
        pass


async def get_blocking(url: str) -> str:
    return requests.get(url).text  # 옛 글의 방식: 응답까지 루프가 멈춥니다


async def get_in_thread(url: str) -> str:
    response = await asyncio.to_thread(requests.get, url)  # 다른 스레드에서
    return response.text


async def main(base: str) -> None:
    for fetch in (get_blocking, get_in_thread):
        start = time.perf_counter()
        urls = [base + path for path in ["/a", "/b", "/c"]]
        pages = await asyncio.gather(*(fetch(url) for url in urls))
        print(f"{fetch.__name__}: {pages} {time.perf_counter() - start:.1f}초")


server = ThreadingHTTPServer(("127.0.0.1", 0), SlowPage)
thread = threading.Thread(target=server.serve_forever)
thread.start()
try:
    asyncio.run(main(f"http://127.0.0.1:{server.server_port}"))
finally:
    server.shutdown()
    server.server_close()
    thread.join()
