import asyncio


def from_other_thread(loop: asyncio.AbstractEventLoop) -> None:
    try:
        # 틀린 방법
        loop.call_soon(print, "call_soon 으로 예약한 콜백")
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
    # 맞는 방법
    loop.call_soon_threadsafe(print, "call_soon_threadsafe 로 예약한 콜백")


async def main() -> None:
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(from_other_thread, loop)
    await asyncio.sleep(0.1)  # 예약된 콜백이 실행될 틈을 줍니다


asyncio.run(main(), debug=True)  # 디버그 모드에서만 잘못된 스레드를 잡아 줍니다
