import asyncio
from collections.abc import AsyncIterator, Awaitable
from contextlib import aclosing


async def save(item: str) -> None:
    await asyncio.sleep(0.1)
    print("저장했습니다:", item)


async def count_items() -> int:
    await asyncio.sleep(0.1)
    return 3


async def report() -> int:
    count = count_items()  # 실수 2: await를 빠뜨렸습니다
    return count


async def names() -> AsyncIterator[str]:
    for n in [1, 2]:
        yield n  # 실수 3: str를 내겠다고 해 놓고 int를 냅니다


def start(job: Awaitable[int]) -> asyncio.Task[int]:
    return asyncio.create_task(job)  # 실수 4: 태스크는 코루틴으로만 만듭니다


async def main() -> None:
    save("사과")  # 실수 1: await를 빠뜨렸습니다
    print("항목 수:", await report())
    async with aclosing(names()) as gen:  # 실수 5: AsyncIterator에는 aclose()가 없습니다
        async for name in gen:
            print("이름:", name)
    print("태스크:", await start(count_items()))


asyncio.run(main())
