import asyncio
import concurrent.futures
import threading
import time


# --8<-- [start:loop]
class LoopThread:
    """이벤트 루프를 스레드 하나에서 돌리고, 동기 코드가 일을 맡깁니다."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.thread = threading.Thread(target=asyncio.run, args=(self.serve(),), name="루프")

    async def serve(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.stop = asyncio.Event()  # 루프 안에서 만들고, 루프 안에서만 씁니다
        self.ready.set()
        await self.stop.wait()

    def __enter__(self) -> "LoopThread":
        self.thread.start()
        self.ready.wait()  # self.loop가 생길 때까지
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)  # Event.set()을 루프의 스레드에서
        self.thread.join()  # asyncio.run()이 정리하고 돌아올 때까지

    def submit(self, coro) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)
# --8<-- [end:loop]


# --8<-- [start:main]
async def fetch(name: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  [{threading.current_thread().name}] {name} 취소됨")
        raise
    return f"{name} 결과 ({threading.current_thread().name} 스레드에서)"


start = time.monotonic()
with LoopThread() as background:
    fast = background.submit(fetch("빠른 일", 0.1))
    slow = background.submit(fetch("느린 일", 5))
    print(fast.result(timeout=1))  # 이 스레드만 기다립니다. 루프는 계속 돌아갑니다
    try:
        slow.result(timeout=0.2)
    except TimeoutError:  # 3.11+: concurrent.futures.TimeoutError와 같은 클래스
        print(f"{time.monotonic() - start:.1f}초 기다리다 포기합니다")
        slow.cancel()  # 루프 쪽 태스크에도 취소가 전해집니다
        background.submit(asyncio.sleep(0)).result()  # 루프가 한 바퀴 돌기를 기다립니다
    print("with 블록을 나갑니다")
print(f"{time.monotonic() - start:.1f}초 끝 (느린 일이 취소됐나요? {slow.cancelled()})")
# --8<-- [end:main]
