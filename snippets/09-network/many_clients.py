import asyncio
import time

busy = 0  # 지금 처리 중인 연결 수
most = 0  # busy 가 가장 컸을 때의 값


async def handle_double(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    global busy, most
    busy += 1
    most = max(most, busy)
    number = int(await reader.readline())
    await asyncio.sleep(1.0)  # 답을 만드는 데 1초 걸리는 서버
    writer.write(f"{number * 2}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    busy -= 1


async def ask(port: int, number: int) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{number}\n".encode())
        await writer.drain()
        return int(await reader.readline())
    finally:  # 예외가 나도 연결은 닫습니다
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle_double, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(ask(port, n)) for n in range(1, 21)]
        elapsed = time.perf_counter() - start
    answers = [t.result() for t in tasks]
    print(f"받은 답: {len(answers)}개, 합계 {sum(answers)}")
    print(f"서버가 동시에 붙잡고 있던 연결: 최대 {most}개")
    verdict = "2초도 안 걸렸습니다" if elapsed < 2 else "2초 넘게 걸렸습니다"
    print(f"하나씩 처리했다면 {len(answers)}초, 실제로는 {verdict}")


asyncio.run(main())
