import asyncio
import inspect


async def countdown(start: int):
    """Countdown 클래스와 똑같이 동작하는 비동기 제너레이터."""
    for number in range(start, 0, -1):
        await asyncio.sleep(0.1)
        yield number


async def main() -> None:
    print(inspect.isasyncgenfunction(countdown))  # async def + yield
    gen = countdown(3)
    print(type(gen).__name__, hasattr(gen, "__anext__"))

    async for number in gen:
        print("async for:", number)

    # 비동기 컴프리헨션: 리스트, 집합, 딕셔너리 모두 됩니다
    print([n async for n in countdown(5) if n % 2])
    print({n: n * n async for n in countdown(3)})


asyncio.run(main())
