# /// script
# dependencies = ["httpx"]
# ///
import asyncio
import tempfile
import time
from pathlib import Path

import httpx

PIECES, PIECE_SIZE = 4, 64 * 1024  # 본문 256KiB를 64KiB씩 네 번에


# --8<-- [start:server]
async def handle_http(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """/big.bin이면 길이를 먼저 알리고 본문을 0.2초마다 조금씩, 아니면 404."""
    path = (await reader.readline()).split()[1]
    while await reader.readline() not in (b"\r\n", b""):
        pass
    if path != b"/big.bin":
        writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    else:
        writer.write(
            f"HTTP/1.1 200 OK\r\nContent-Length: {PIECES * PIECE_SIZE}\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        for _ in range(PIECES):
            await asyncio.sleep(0.2)
            writer.write(b"x" * PIECE_SIZE)
            await writer.drain()
    await writer.drain()
    writer.close()
# --8<-- [end:server]


# --8<-- [start:download]
async def download(client: httpx.AsyncClient, url: str, dest: Path) -> None:
    start = time.perf_counter()
    async with client.stream("GET", url) as response:
        response.raise_for_status()  # 4xx, 5xx면 파일을 만들기 전에 멈춥니다
        total = int(response.headers["Content-Length"])
        received = 0
        with dest.open("wb") as f:
            async for chunk in response.aiter_bytes(chunk_size=64 * 1024):
                f.write(chunk)  # 64KiB 쓰기는 금방 끝나므로 그냥 씁니다
                received += len(chunk)
                elapsed = time.perf_counter() - start
                percent = received * 100 // total
                print(f"{elapsed:.1f}초 {received // 1024}/{total // 1024}KiB ({percent}%)")
    print(f"다 받았습니다: {dest.name} {dest.stat().st_size:,}바이트")


async def main() -> None:
    server = await asyncio.start_server(handle_http, "127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, httpx.AsyncClient(base_url=base_url) as client:
        await client.get("/warm-up")  # 첫 요청의 준비 시간을 재지 않도록
        with tempfile.TemporaryDirectory() as tmp:
            await download(client, "/big.bin", Path(tmp) / "big.bin")
            try:
                await download(client, "/missing.bin", Path(tmp) / "missing.bin")
            except httpx.HTTPStatusError as exc:
                print(f"실패: {exc.response.status_code} {exc.response.reason_phrase}")
            print(f"임시 디렉터리의 파일: {sorted(p.name for p in Path(tmp).iterdir())}")
        print(f"임시 디렉터리가 남아 있나요? {Path(tmp).exists()}")
# --8<-- [end:download]


asyncio.run(main())
