import asyncio


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """받은 줄을 돌려보내는 서버. 단, '잠깐' 에는 1초 뒤에야 답합니다."""
    while line := await reader.readline():
        if line.decode().strip() == "잠깐":
            await asyncio.sleep(1.0)
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, text: str
) -> None:
    writer.write(f"{text}\n".encode())
    await writer.drain()
    try:
        async with asyncio.timeout(0.3):  # 답을 0.3초까지만 기다립니다
            answer = await reader.readline()
        print(f"{text} → {answer.decode().strip()}")
    except TimeoutError:
        print(f"{text} → 0.3초 안에 답이 없습니다")


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await ask(reader, writer, "안녕")
        await ask(reader, writer, "잠깐")
        writer.write_eof()  # 더 보낼 것이 없습니다
        rest = await reader.read()  # 서버가 닫을 때까지 남은 것을 읽습니다
        print(f"늦게 도착한 답: {rest.decode().strip()}")
        writer.close()
        await writer.wait_closed()
    print("서버를 닫았습니다")


asyncio.run(main())
