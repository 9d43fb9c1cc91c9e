import asyncio
import time


async def flaky_call(attempt: int) -> str:
    await asyncio.sleep(0.3)  # 매번 0.3초 걸리고, 매번 실패합니다
    raise ConnectionError(f"{attempt}번째 시도 실패")


async def call_with_retry() -> str:
    for attempt in range(1, 6):
        try:
            return await flaky_call(attempt)
        except Exception as e:  # CancelledError 는 지나갑니다
            print(f"  {type(e).__name__} → 다시 시도")
    return "포기"


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.5):
            print("결과:", await call_with_retry())
    except TimeoutError:
        print("TimeoutError")
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
