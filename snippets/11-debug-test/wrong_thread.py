import asyncio
import threading


def from_other_thread(
    loop: asyncio.AbstractEventLoop, done: asyncio.Event, flag: asyncio.Event
) -> None:
    try:
        loop.call_soon(done.set)  # 실수: 다른 스레드에서 루프를 직접 건드립니다
    except RuntimeError as e:
        print(f"call_soon(): {type(e).__name__}: {e}")
    flag.set()  # 이것도 실수지만, 기다리는 태스크가 없어 검사에 걸리지 않습니다
    print("flag.set(): 아무 말 없이 지나갔습니다")
    print("call_soon_threadsafe()로 알립니다")
    loop.call_soon_threadsafe(done.set)  # 스레드 안전한 방법


async def main() -> None:
    loop = asyncio.get_running_loop()
    done, flag = asyncio.Event(), asyncio.Event()
    thread = threading.Thread(target=from_other_thread, args=(loop, done, flag))
    thread.start()
    await done.wait()
    await asyncio.to_thread(thread.join)  # join()도 블로킹이라 스레드에 맡깁니다
    print("main이 알림을 받았습니다")


asyncio.run(main(), debug=True)
