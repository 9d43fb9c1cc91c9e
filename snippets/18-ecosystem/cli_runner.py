import asyncio
import sys

PRICES = {"apple": 1200, "pear": 2500}


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """한 연결로 여러 질문을 받는 작은 가격 서버 (연습용)."""
    while name := (await reader.readline()).decode().strip():
        await asyncio.sleep(0.1)
        writer.write(f"{PRICES.get(name, -1)}\n".encode())
    writer.close()


class PriceClient:
    """비동기 라이브러리라고 생각하세요. 연결 하나를 열어 두고 다시 씁니다."""

    @classmethod
    async def connect(cls, port: int) -> "PriceClient":
        self = cls()
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", port)
        return self

    async def price(self, name: str) -> int:
        self.writer.write(f"{name}\n".encode())
        return int(await self.reader.readline())

    async def close(self) -> None:
        self.writer.close()
        await self.writer.wait_closed()


# --8<-- [start:cli]
def cli(names: list[str]) -> int:
    """동기 함수입니다. 명령줄 도구의 main()이라고 생각하세요."""
    with asyncio.Runner() as runner:  # 루프 하나를 with 블록 동안 열어 둡니다
        server = runner.run(asyncio.start_server(handle, "127.0.0.1", 0))
        port = server.sockets[0].getsockname()[1]
        client = runner.run(PriceClient.connect(port))  # 이 루프에 묶인 연결
        for name in names:
            print(f"{name}: {runner.run(client.price(name))}원")  # 같은 연결을 다시 씁니다
        runner.run(client.close())
        server.close()
        runner.run(server.wait_closed())
    return 0
# --8<-- [end:cli]


if __name__ == "__main__":
    sys.exit(cli(["apple", "pear"]))
