import asyncio
import threading


def from_other_thread(
    loop: asyncio.AbstractEventLoop, done: asyncio.Event
) -> None:
    try:
        loop.call_soon(done.set)  # 실수: 다른 스레드에서 루프를 직접 건드립니다
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
    loop.call_soon_threadsafe(done.set)  # 스레드 안전한 방법
    print("call_soon_threadsafe() 로 알렸습니다")


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    thread = threading.Thread(target=from_other_thread, args=(loop, done))
    thread.start()
    await done.wait()
    thread.join()
    print("main 이 알림을 받았습니다")


asyncio.run(main(), debug=True)
