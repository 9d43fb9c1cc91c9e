import asyncio
import threading
import time


def put_item(queue: asyncio.Queue, item: int | None) -> None:
    # 루프에게 부탁한 함수: 루프의 스레드에서 실행됩니다
    if item is not None:
        print(f"  넣음 {item} ({threading.current_thread().name})")
    queue.put_nowait(item)


def producer(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    # 다른 스레드: asyncio.Queue 를 직접 만지지 않고 루프에게 부탁합니다
    for n in range(3):
        time.sleep(0.1)
        print(f"보냄 {n} ({threading.current_thread().name})")
        loop.call_soon_threadsafe(put_item, queue, n)
    loop.call_soon_threadsafe(put_item, queue, None)  # 끝 표시


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    sender = asyncio.create_task(asyncio.to_thread(producer, loop, queue))
    while (item := await queue.get()) is not None:
        print(f"  받음 {item} ({threading.current_thread().name})")
    await sender


asyncio.run(main())
