# /// script
# dependencies = ["httpx", "certifi"]
# ///
import asyncio
import json
import ssl
from contextlib import aclosing, asynccontextmanager
from urllib.parse import parse_qs, urlsplit

import certifi
import httpx

TLS = ssl.create_default_context(cafile=certifi.where())  # 블로킹: 시작할 때 한 번만
ORDERS = [{"id": 100 + n, "total": n * 7000} for n in range(1, 9)]  # 주문 8개
PAGE_SIZE = 3


async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """GET /orders?page=N 에 주문 세 개씩 JSON 으로 답하는 서버."""
    request_line = await reader.readline()  # b"GET /orders?page=2 HTTP/1.1\r\n"
    while await reader.readline() not in (b"\r\n", b""):
        pass  # 헤더는 읽고 버립니다
    query = parse_qs(urlsplit(request_line.split()[1].decode()).query)
    page = int(query["page"][0])
    print(f"  [서버] {page}쪽 요청 받음")
    await asyncio.sleep(0.1)
    start = (page - 1) * PAGE_SIZE
    has_next = start + PAGE_SIZE < len(ORDERS)
    data = {
        "items": ORDERS[start : start + PAGE_SIZE],
        "next": page + 1 if has_next else None,  # 마지막 쪽이면 null
    }
    body = json.dumps(data).encode()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    writer.write(head.encode() + body)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


@asynccontextmanager
async def shop_api(base_url: str):
    """API 클라이언트를 열고 닫는 일을 한곳에 모읍니다."""
    client = httpx.AsyncClient(base_url=base_url, verify=TLS, timeout=2.0)
    async with client:
        print("클라이언트 열기")
        try:
            yield client
        finally:
            print("클라이언트 닫기")


async def iter_orders(client: httpx.AsyncClient):
    """주문을 한 쪽씩 받아 와서 하나씩 내놓습니다. 필요한 만큼만 받아 옵니다."""
    page = 1
    try:
        while page is not None:
            response = await client.get("/orders", params={"page": page})
            response.raise_for_status()
            data = response.json()
            for order in data["items"]:
                yield order
            page = data["next"]
    finally:
        print("  페이지 넘기기 정리")


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, shop_api(base_url) as client:
        print("1) 전부 모으기")
        orders = [order async for order in iter_orders(client)]
        print(f"주문 {len(orders)}개, 합계 {sum(o['total'] for o in orders)}원")

        print("2) 30000원이 넘는 첫 주문 찾기")
        async with aclosing(iter_orders(client)) as stream:
            async for order in stream:
                if order["total"] > 30000:
                    print(f"찾음: {order['id']}번 주문 {order['total']}원")
                    break
        print("찾기 끝")


asyncio.run(main())
