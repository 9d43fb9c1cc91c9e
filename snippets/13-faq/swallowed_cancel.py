import asyncio
import time


async def stubborn() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  stubborn: 취소를 삼켰습니다")  # raise 가 없습니다
    await asyncio.sleep(0.2)  # 하던 일을 계속합니다


async def polite() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  polite: 정리하고 다시 올려 보냅니다")
        raise


async def main() -> None:
    print("CancelledError 는 Exception 인가요?",
          issubclass(asyncio.CancelledError, Exception))
    for job in [stubborn, polite]:
        print(f"--- {job.__name__} ---")
        start = time.perf_counter()
        try:
            async with asyncio.timeout(0.1) as cm:
                await job()
            print("  TimeoutError 가 나지 않았습니다")
        except TimeoutError:
            print("  TimeoutError 가 났습니다")
        print(f"  cm.expired(): {cm.expired()}")  # 시간이 다 됐는지
        print(f"  걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
