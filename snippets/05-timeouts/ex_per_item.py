import asyncio
import time


async def lookup_price(item: str, seconds: float) -> int:
    await asyncio.sleep(seconds)  # 가격 서버가 답하는 데 걸리는 시간
    return len(item) * 1000


async def main() -> None:
    start = time.perf_counter()
    prices: dict[str, int | None] = {}
    for item, seconds in [("사과", 0.1), ("바나나", 0.6), ("귤", 0.2)]:
        try:
            async with asyncio.timeout(0.3):  # 품목마다 0.3초까지
                prices[item] = await lookup_price(item, seconds)
        except TimeoutError:
            prices[item] = None  # 이 품목만 포기하고 다음으로 갑니다
    print(prices)
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
