import asyncio
import threading
import time

START = 0.0  # main()이 시작 시각을 넣습니다


def log(message: str) -> None:
    print(f"{time.monotonic() - START:.1f}초 [{threading.current_thread().name}] {message}")


def producer(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    for n in range(5):
        # put()은 코루틴: 큐가 가득 차면 자리가 날 때까지 이 스레드가 기다립니다
        asyncio.run_coroutine_threadsafe(queue.put(n), loop).result()
        log(f"넣음 {n}")
    asyncio.run_coroutine_threadsafe(queue.put(None), loop).result()


async def main() -> None:
    global START
    START = time.monotonic()
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=2)
    thread = threading.Thread(target=producer, args=(loop, queue), name="생산자")
    thread.start()
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.2)  # 처리가 느립니다
        log(f"처리 {item}")
    await asyncio.to_thread(thread.join)


asyncio.run(main())
