import asyncio
from collections.abc import AsyncIterator
from typing import reveal_type


async def fetch_count() -> int:
    await asyncio.sleep(0.1)
    return 3


async def numbers() -> AsyncIterator[int]:
    for n in range(3):
        yield n


async def main() -> None:
    # reveal_type()은 실행 중에는 실제 타입을 찍고, 받은 값을 그대로 돌려줍니다
    reveal_type(fetch_count)
    coro = reveal_type(fetch_count())
    reveal_type(await coro)
    reveal_type(numbers())
    task = reveal_type(asyncio.create_task(fetch_count()))
    reveal_type(await task)


asyncio.run(main())
