import asyncio


# 안에 await 가 없어도 올바른 코루틴 함수입니다
async def add(a: int, b: int) -> int:
    return a + b


async def main() -> None:
    print(await add(2, 3))


asyncio.run(main())
