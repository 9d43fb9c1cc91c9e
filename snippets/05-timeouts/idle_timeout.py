import asyncio
import time

START = time.perf_counter()
IDLE_LIMIT = 0.3  # 조각과 조각 사이를 이만큼까지만 기다립니다


def elapsed() -> str:
    return f"{time.perf_counter() - START:.1f}초"


async def receive_chunks():
    """조각이 0.1, 0.2, 0.2초 간격으로 오다가 뚝 끊기는 스트림."""
    for number, gap in enumerate([0.1, 0.2, 0.2, 5.0], start=1):
        await asyncio.sleep(gap)
        yield f"조각 {number}"


async def main() -> None:
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:  # 아직 마감 시간이 없습니다
            print("마감 시간:", cm.when())
            cm.reschedule(loop.time() + IDLE_LIMIT)
            async for chunk in receive_chunks():
                print(f"[{elapsed()}] 받음: {chunk}")
                # 조각을 받았으니 마감 시간을 뒤로 밉니다
                cm.reschedule(loop.time() + IDLE_LIMIT)
    except TimeoutError:
        print(f"[{elapsed()}] {IDLE_LIMIT}초 동안 아무것도 오지 않아 끊습니다")
    print("expired():", cm.expired())


asyncio.run(main())
