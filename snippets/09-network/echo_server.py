import asyncio
import time


async def handle_echo(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    # 클라이언트가 접속할 때마다 이 코루틴이 새 태스크로 실행됩니다
    name = (await reader.readline()).decode().strip()
    print(f"[서버] {name} 접속")
    while line := await reader.readline():  # b"" 이면 EOF: 더 올 것이 없음
        print(f"[서버] {name} 에게서 받음: {line.decode().strip()}")
        writer.write(line)  # 받은 줄을 그대로 돌려보냅니다
        await writer.drain()  # 보낼 버퍼에 여유가 생길 때까지 기다립니다
    print(f"[서버] {name} 연결 닫음")
    writer.close()
    await writer.wait_closed()


async def chat(port: int, name: str, delay: float, words: list[str]) -> None:
    await asyncio.sleep(delay)  # 조금씩 늦게 접속합니다
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())  # 첫 줄은 자기 이름입니다
    for word in words:
        await asyncio.sleep(0.6)  # 사람이 타자를 치는 시간
        writer.write(f"{word}\n".encode())
        await writer.drain()
        echo = await reader.readline()
        print(f"[{name}] 돌려받음: {echo.decode().strip()}")
    writer.write_eof()  # "더 보낼 것이 없습니다"
    await reader.read()  # 서버가 연결을 닫을 때까지 읽습니다 (b"")
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    # 포트 0: 운영 체제가 비어 있는 포트를 골라 줍니다
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    start = time.perf_counter()
    async with server:  # 나갈 때 server.close(), await server.wait_closed()
        async with asyncio.TaskGroup() as tg:
            tg.create_task(chat(port, "A", 0.0, ["안녕", "잘 가"]))
            tg.create_task(chat(port, "B", 0.2, ["hello", "bye"]))
            tg.create_task(chat(port, "C", 0.4, ["hola", "adiós"]))
    elapsed = time.perf_counter() - start
    print(f"서버를 닫았습니다. 걸린 시간: {elapsed:.1f}초")


asyncio.run(main())
