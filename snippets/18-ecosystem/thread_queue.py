import asyncio
import queue
import threading
import time

DONE = object()  # 끝 표시
START = 0.0  # main()이 시작 시각을 넣습니다


def log(message: str) -> None:
    print(f"{time.monotonic() - START:.1f}초 [{threading.current_thread().name}] {message}")


def watcher(events: queue.Queue) -> None:
    """옛 동기 라이브러리의 스레드: 일이 생기면 queue.Queue에 넣습니다."""
    for name in ["a.txt", "b.txt", "c.txt"]:
        time.sleep(0.2)
        log(f"{name} 바뀜")
        events.put(name)  # queue.Queue는 스레드 안전합니다
    events.put(DONE)


async def heartbeat() -> None:
    await asyncio.sleep(0.1)
    for _ in range(3):
        log("루프는 멈추지 않았습니다")
        await asyncio.sleep(0.2)


async def main() -> None:
    global START
    START = time.monotonic()
    events: queue.Queue = queue.Queue()
    thread = threading.Thread(target=watcher, args=(events,), name="감시")
    thread.start()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat())
        # get()은 블로킹이므로 실행기의 스레드에서 기다립니다
        while (name := await asyncio.to_thread(events.get)) is not DONE:
            log(f"{name} 처리")
    await asyncio.to_thread(thread.join)


asyncio.run(main())
