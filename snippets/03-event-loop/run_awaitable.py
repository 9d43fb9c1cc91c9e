import asyncio


class Countdown:
    """코루틴은 아니지만 __await__() 가 있어서 await 할 수 있는 객체입니다."""

    def __init__(self, start: int) -> None:
        self.start = start

    def __await__(self):
        for n in range(self.start, 0, -1):
            print(f"{n}...")
            yield from asyncio.sleep(0.1).__await__()
        return "발사!"

    def __repr__(self) -> str:
        return f"Countdown({self.start})"


async def wait_for_it(awaitable):
    return await awaitable  # await 는 어느 버전에서나 됩니다


countdown = Countdown(3)
try:
    result = asyncio.run(countdown)  # 3.14+: 어웨이터블이면 무엇이든 받습니다
except ValueError as e:  # 3.11–3.13: 코루틴만 받습니다
    print(f"{type(e).__name__}: {e}")
    result = asyncio.run(wait_for_it(countdown))  # 코루틴으로 감싸 넘깁니다
print("결과:", result)
