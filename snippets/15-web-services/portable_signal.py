import asyncio
import contextlib
import signal
import sys
import time

GRACE = 2.0  # 진행 중인 일을 기다려 줄 최대 시간(유예 시간)
started = time.perf_counter()


def now() -> str:
    return f"{time.perf_counter() - started:.1f}초"


async def job(name: str) -> None:
    print(f"{now()} {name} 시작")
    await asyncio.sleep(0.6)  # 일하는 시간
    print(f"{now()} {name} 끝")


async def send_sigterm_later() -> None:
    await asyncio.sleep(0.5)
    print(f"{now()} [운영 체제] SIGTERM을 보냅니다")
    # os.kill(os.getpid(), SIGTERM)은 Windows에서 프로세스를 곧바로 끝냅니다
    signal.raise_signal(signal.SIGTERM)


# --8<-- [start:handler]
async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_signal(signum: int, frame: object) -> None:
        # 메인 스레드에서 바이트코드 사이에 실행됩니다: 루프에 일을 넘기기만 합니다
        loop.call_soon_threadsafe(stop.set)

    signals = [signal.SIGINT, signal.SIGTERM]
    if sys.platform == "win32":
        signals.append(signal.SIGBREAK)  # Windows의 Ctrl+Break
    previous = {sig: signal.signal(sig, on_signal) for sig in signals}
    try:
        sender = asyncio.create_task(send_sigterm_later())
        in_flight: set[asyncio.Task[None]] = set()
        n = 0
        while not stop.is_set():  # 0.2초마다 새 일이 옵니다
            n += 1
            task = asyncio.create_task(job(f"작업{n}"))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
            with contextlib.suppress(TimeoutError):  # 신호가 오면 곧바로 깨어납니다
                await asyncio.wait_for(stop.wait(), 0.2)
        print(f"{now()} 신호 받음: 새 일을 멈추고 {len(in_flight)}개를 기다립니다")
        if in_flight:
            _, pending = await asyncio.wait(in_flight, timeout=GRACE)
            for task in pending:
                task.cancel()  # 유예 시간 안에 못 끝낸 일은 취소합니다
        await sender
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)  # 원래 처리기로 되돌립니다
    print(f"{now()} 진행 중이던 일을 모두 끝내고 종료합니다")
# --8<-- [end:handler]


asyncio.run(main())
