import asyncio


class Endpoint(asyncio.DatagramProtocol):
    """데이터그램 끝점의 공통 부분: 닫히면 closed 퓨처를 채웁니다."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport

    def connection_lost(self, exc):
        print(f"[{self.name}] 닫힘")
        self.closed.set_result(None)


class EchoServer(Endpoint):
    def datagram_received(self, data, addr):
        text = data.decode()
        if text == "둘":  # 네트워크가 잃어버린 셈 칩니다
            print(f"[서버] {text!r} 받았지만 답하지 않음")
            return
        print(f"[서버] {text!r} 받음, 보낸 쪽으로 돌려보냄")
        self.transport.sendto(data, addr)  # 연결이 없으니 받는 주소를 매번 적습니다


class Client(Endpoint):
    def __init__(self) -> None:
        super().__init__("클라이언트")
        self.replies: asyncio.Queue[bytes] = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)  # 콜백은 코루틴이 아니므로 큐에 넣어 둡니다


async def main() -> None:
    loop = asyncio.get_running_loop()
    server_transport, server = await loop.create_datagram_endpoint(
        lambda: EchoServer("서버"), local_addr=("127.0.0.1", 0))
    address = server_transport.get_extra_info("sockname")
    # remote_addr를 주면 소켓을 connect()합니다(주고받는 인사는 없습니다).
    # 그 뒤로는 이 주소로만 보내고, 이 주소에서 온 데이터그램만 받습니다.
    client_transport, client = await loop.create_datagram_endpoint(
        Client, remote_addr=address)
    start = loop.time()
    try:
        for word in ["하나", "둘", "셋"]:
            client_transport.sendto(word.encode())
            try:
                async with asyncio.timeout(0.3):
                    reply = await client.replies.get()
                print(f"[클라이언트] {loop.time() - start:.1f}초 답: {reply.decode()!r}")
            except TimeoutError:
                print(f"[클라이언트] {loop.time() - start:.1f}초 {word!r}의 답이 없음")
    finally:
        client_transport.close()
        server_transport.close()
        await asyncio.gather(client.closed, server.closed)


asyncio.run(main())
