import asyncio
import os
import signal
import time

GRACE = 2.0  # 진행 중인 일을 기다려 줄 최대 시간(유예 시간)
in_flight: set[asyncio.Task[None]] = set()  # 처리 중인 연결의 태스크
started = 0.0  # 클라이언트가 오기 시작한 시각


def now() -> str:
    return f"{time.perf_counter() - started:.1f}초"


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    task = asyncio.current_task()
    assert task is not None
    in_flight.add(task)
    try:
        job = (await reader.readline()).decode().strip()
        print(f"{now()} [서비스] {job} 시작")
        await asyncio.sleep(0.5)  # 일하는 시간
        print(f"{now()} [서비스] {job} 끝")
        writer.write(f"{job} 완료\n".encode())
        await writer.drain()
        writer.close()
    finally:
        in_flight.discard(task)


# --8<-- [start:service]
async def service(port_ready: asyncio.Future[int]) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)  # 유닉스 전용
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port_ready.set_result(server.sockets[0].getsockname()[1])

    await stop.wait()  # SIGTERM이 올 때까지 요청을 받습니다
    server.close()  # 1. 새 연결을 받지 않습니다
    print(f"{now()} [서비스] SIGTERM: 진행 중인 {len(in_flight)}개를 기다립니다")
    if in_flight:  # 2. 진행 중인 일은 유예 시간까지 기다립니다
        _, pending = await asyncio.wait(in_flight, timeout=GRACE)
        for task in pending:
            task.cancel()  # 3. 그래도 안 끝난 일은 취소합니다
    await server.wait_closed()
# --8<-- [end:service]


# --8<-- [start:clients]
async def client(port: int, job: str, delay: float) -> None:
    await asyncio.sleep(delay)
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print(f"{now()} [클라이언트] {job}: 연결 거부됨")
        return
    writer.write(f"{job}\n".encode())
    reply = (await reader.readline()).decode().strip()
    print(f"{now()} [클라이언트] {reply}")
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    global started
    port_ready = asyncio.get_running_loop().create_future()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(service(port_ready))
        port = await port_ready
        started = time.perf_counter()
        tg.create_task(client(port, "작업1", 0.0))
        tg.create_task(client(port, "작업2", 0.1))
        tg.create_task(client(port, "작업3", 0.3))  # SIGTERM 뒤에 옴
        await asyncio.sleep(0.2)
        print(f"{now()} [운영 체제] SIGTERM을 보냅니다")
        os.kill(os.getpid(), signal.SIGTERM)  # kill, systemd, 쿠버네티스가 하는 일
    print(f"{now()} 서비스와 클라이언트가 모두 끝났습니다")


asyncio.run(main())
# --8<-- [end:clients]
