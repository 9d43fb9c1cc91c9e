import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import AbstractAsyncContextManager, aclosing, asynccontextmanager


async def countdown(n: int) -> AsyncIterator[int]:
    """async for로 돌기만 한다면 AsyncIterator[int]로 충분합니다."""
    while n > 0:
        await asyncio.sleep(0.1)
        yield n
        n -= 1


async def lines() -> AsyncGenerator[str, None]:
    """aclose()를 부를 곳이 있으면 AsyncGenerator[내는 값, 받는 값]."""
    try:
        for n in range(1, 100):
            yield f"줄 {n}"
    finally:
        print("lines: 정리했습니다")


@asynccontextmanager
async def connection(name: str) -> AsyncIterator[str]:
    """데코레이터가 붙은 함수의 반환형은 yield하는 값의 AsyncIterator."""
    print(f"{name}: 열기")
    try:
        yield name.upper()
    finally:
        print(f"{name}: 닫기")


def open_db() -> AbstractAsyncContextManager[str]:
    return connection("db")  # 부른 결과는 async with에 쓰는 객체


async def main() -> None:
    async for n in countdown(3):
        print("카운트다운", n)

    async with aclosing(lines()) as gen:  # aclosing은 aclose()가 있어야 받습니다
        async for line in gen:
            print(line)
            if line.endswith("2"):
                break

    async with open_db() as conn:  # conn은 str
        print("연결:", conn)


asyncio.run(main())
