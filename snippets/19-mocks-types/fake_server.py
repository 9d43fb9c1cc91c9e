# /// script
# dependencies = ["httpx"]
# ///
import asyncio
import json
from unittest.mock import patch
from urllib.parse import parse_qs, urlsplit

import httpx

TEMPS = {"서울": 21.5}  # 가짜 서버가 아는 도시


# --8<-- [start:fake]
async def fake_weather_api(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """가짜 날씨 API: 진짜와 같은 경로, 같은 모양의 JSON으로 답합니다."""
    target = (await reader.readline()).split()[1].decode()  # /weather?city=...
    while await reader.readline() not in (b"\r\n", b""):
        pass  # 헤더는 읽고 버립니다
    url = urlsplit(target)
    city = parse_qs(url.query).get("city", [""])[0]
    if url.path == "/weather" and city in TEMPS:
        status, body = "200 OK", json.dumps({"temp": TEMPS[city]})
    else:
        status, body = "404 Not Found", json.dumps({"error": "unknown city"})
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n{body}".encode()
    )
    await writer.drain()
    writer.close()
# --8<-- [end:fake]


# --8<-- [start:code]
async def fetch_temperature(base_url: str, city: str) -> float:
    """테스트할 코드 1: 날씨 API에 HTTP로 묻습니다."""
    async with httpx.AsyncClient(base_url=base_url) as client:
        response = await client.get("/weather", params={"city": city})
        response.raise_for_status()
        return float(response.json()["temp"])


async def report(base_url: str, city: str) -> str:
    """테스트할 코드 2: fetch_temperature()를 불러 한 줄로 만듭니다."""
    try:
        temp = await fetch_temperature(base_url, city)
    except httpx.HTTPError as exc:
        return f"{city}: 알 수 없음 ({type(exc).__name__})"
    return f"{city}: {temp:.1f}도"
# --8<-- [end:code]


# --8<-- [start:main]
async def main() -> None:
    server = await asyncio.start_server(fake_weather_api, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server:  # 끝나면 가짜 서버를 닫습니다
        print(await report(base_url, "서울"))  # HTTP 요청과 JSON 해석까지 진짜로
        print(await report(base_url, "제주"))  # 가짜 서버가 404로 답합니다

    # 함수 하나만 바꿔 끼우기: patch("모듈 이름.함수 이름")
    timeout = httpx.ConnectTimeout("시간 초과")
    with patch("__main__.fetch_temperature", side_effect=timeout) as fake:
        print("patch:", type(fake).__name__)
        print(await report(base_url, "부산"))
    fake.assert_awaited_once_with(base_url, "부산")
# --8<-- [end:main]


asyncio.run(main())
