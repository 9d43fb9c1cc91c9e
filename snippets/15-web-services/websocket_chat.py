# /// script
# dependencies = ["websockets"]
# ///
import asyncio

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, broadcast, serve

members: set[ServerConnection] = set()  # 지금 연결된 사람들


# --8<-- [start:server]
async def chat(websocket: ServerConnection) -> None:
    """연결 하나마다 이 코루틴이 태스크로 하나씩 돕니다."""
    name = await websocket.recv()  # 첫 메시지는 이름
    members.add(websocket)
    broadcast(members, f"* {name} 님이 들어왔습니다")
    try:
        async for message in websocket:  # 클라이언트가 닫으면 반복이 끝납니다
            broadcast(members, f"{name}: {message}")
    finally:
        members.discard(websocket)
        broadcast(members, f"* {name} 님이 나갔습니다")
# --8<-- [end:server]


# --8<-- [start:main]
async def main() -> None:
    async with serve(chat, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        url = f"ws://127.0.0.1:{port}"
        async with connect(url) as alice:
            await alice.send("앨리스")
            print(f"앨리스가 받음: {await alice.recv()}")
            async with connect(url) as bob:
                await bob.send("밥")
                print(f"앨리스가 받음: {await alice.recv()}")
                print(f"밥이 받음:     {await bob.recv()}")
                await alice.send("안녕하세요")
                print(f"앨리스가 받음: {await alice.recv()}")
                print(f"밥이 받음:     {await bob.recv()}")
            # 밥의 async with가 끝나면 연결이 닫힙니다
            print(f"앨리스가 받음: {await alice.recv()}")
    # serve()의 async with는 연결 처리 코루틴이 모두 끝날 때까지 기다립니다
    print(f"서버를 닫았습니다. 남은 연결: {len(members)}개")


asyncio.run(main())
# --8<-- [end:main]
