import asyncio
from contextlib import aclosing


async def sensor():
    """끝없이 값을 내놓는 비동기 제너레이터."""
    print("  센서 켜기")
    try:
        value = 0
        while True:
            await asyncio.sleep(0.1)
            value += 1
            yield value
    finally:
        print("  센서 끄기")


async def take(source, n: int):
    """source 에서 처음 n 개만 내놓고, source 를 바로 닫습니다."""
    if n <= 0:
        return
    async with aclosing(source) as items:
        count = 0
        async for item in items:
            yield item
            count += 1
            if count == n:
                break  # 여기서 aclosing 이 source 를 닫습니다


async def main() -> None:
    print([value async for value in take(sensor(), 3)])
    print("다음 일")


asyncio.run(main())
