import asyncio


class Countdown:
    """start 부터 1 까지, 0.1초마다 하나씩 내놓는 비동기 이터레이터."""

    def __init__(self, start: int) -> None:
        self.current = start

    def __aiter__(self) -> "Countdown":
        return self  # 이터레이터 자신을 돌려줍니다

    async def __anext__(self) -> int:
        if self.current == 0:
            raise StopAsyncIteration  # 반복 끝
        await asyncio.sleep(0.1)  # 다음 값을 얻는 데 기다림이 필요합니다
        self.current -= 1
        return self.current + 1


async def main() -> None:
    async for number in Countdown(3):
        print("async for:", number)

    # async for 가 하는 일을 손으로 해 봅니다 (aiter, anext 내장 함수: 3.10+)
    iterator = aiter(Countdown(2))
    print("anext:", await anext(iterator))
    print("anext:", await anext(iterator))
    # 기본값을 주면 StopAsyncIteration 대신 그 값을 돌려줍니다
    print("anext:", await anext(iterator, "끝"))

    try:
        for number in Countdown(3):  # 보통 for 로는 돌 수 없습니다
            pass
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
