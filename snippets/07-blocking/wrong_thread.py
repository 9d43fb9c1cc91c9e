import asyncio


def from_other_thread(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    # 틀린 방법 1: 루프의 call_soon() 을 직접 부릅니다. 디버그 모드가 잡습니다.
    try:
        loop.call_soon(print, "call_soon 으로 예약한 콜백")
    except RuntimeError as e:
        print(f"call_soon(): {type(e).__name__}: {e}")
    # 틀린 방법 2: 큐에 직접 넣습니다. 기다리는 태스크가 없으면 디버그 모드도 모릅니다.
    queue.put_nowait("다른 스레드가 직접 넣은 값")
    print("put_nowait(): 오류 없이 지나갔습니다")
    # 맞는 방법
    loop.call_soon_threadsafe(print, "call_soon_threadsafe 로 예약한 콜백")


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()
    await asyncio.to_thread(from_other_thread, loop, queue)
    await asyncio.sleep(0.1)  # 예약된 콜백이 실행될 틈을 줍니다


asyncio.run(main(), debug=True)  # 디버그 모드에서만 잘못된 스레드를 잡아 줍니다
