import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def careless(name: str):
    await asyncio.sleep(0.1)
    print(f"{name}: 열기")
    yield name  # 블록이 실행되는 자리
    print(f"{name}: 닫기")  # 블록에서 예외가 나면 이 줄은 실행되지 않습니다!


@asynccontextmanager
async def careful(name: str):
    await asyncio.sleep(0.1)
    print(f"{name}: 열기")
    try:
        yield name
    finally:  # 블록이 어떻게 끝나든 실행됩니다
        await asyncio.sleep(0.1)
        print(f"{name}: 닫기")


async def main() -> None:
    for manager in [careless, careful]:
        try:
            async with manager(manager.__name__) as name:
                print(f"{name}: 블록 안")
                raise ValueError("문제 발생")
        except ValueError as e:
            print(f"밖에서 잡음: {e}")


asyncio.run(main())
