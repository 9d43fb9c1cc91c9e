import asyncio
import time

START = time.perf_counter()
DELAYS = {"fast": 0.1, "slow": 1.0}  # 서버가 답을 만드는 데 걸리는 시간


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


busy: set[asyncio.Task] = set()  # 지금 요청을 처리하고 있는 서버 쪽 태스크


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    busy.add(asyncio.current_task())
    try:
        command = (await reader.readline()).decode().strip()
        log(f"서버: {command} 요청을 받았습니다")
        await asyncio.sleep(DELAYS[command])  # 답을 만드는 중
        writer.write(f"{command} 결과\n".encode())
        await writer.drain()
        log(f"서버: {command} 답을 보냈습니다")
        writer.close()
        await writer.wait_closed()
    finally:
        busy.discard(asyncio.current_task())


async def ask(port: int, command: str) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{command}\n".encode())
        await writer.drain()
        async with asyncio.timeout(0.5):  # 답을 0.5초까지 기다립니다
            answer = await reader.readline()
        log(f"클라이언트: 답을 받았습니다 → {answer.decode().strip()}")
    except TimeoutError:
        log(f"클라이언트: {command} 0.5초 안에 답이 없어 포기했습니다")
    finally:
        writer.close()  # 성공하든 시간이 초과되든 연결을 닫습니다
        await writer.wait_closed()
        log("클라이언트: 연결을 닫았습니다")


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await ask(port, "fast")
    await ask(port, "slow")
    server.close()  # 새 연결을 더 받지 않습니다
    await asyncio.gather(*busy)  # 처리 중인 요청이 끝나기를 기다립니다
    await server.wait_closed()
    log("서버를 닫았습니다")


asyncio.run(main())
