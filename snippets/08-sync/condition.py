import asyncio
import time


class Bakery:
    def __init__(self) -> None:
        self.bread = 0
        self.cond = asyncio.Condition()  # 안에 록을 하나 갖고 있습니다

    async def bake(self, count: int, t0: float) -> None:
        for _ in range(count):
            await asyncio.sleep(0.1)
            async with self.cond:
                self.bread += 1
                now = time.perf_counter() - t0
                print(f"{now:.1f}초 제빵사: 진열대에 빵 {self.bread}개")
                self.cond.notify_all()  # 기다리는 손님들에게 알립니다

    async def buy(self, customer: str, want: int, t0: float) -> None:
        async with self.cond:
            # 조건이 참이 될 때까지 록을 내려놓고 기다립니다.
            # 돌아올 때는 록을 다시 잡은 상태입니다.
            await self.cond.wait_for(lambda: self.bread >= want)
            self.bread -= want
            now = time.perf_counter() - t0
            print(f"{now:.1f}초 {customer}: 빵 {want}개를 샀습니다")


async def main() -> None:
    bakery = Bakery()
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bakery.buy("손님 A", 2, t0))
        tg.create_task(bakery.buy("손님 B", 3, t0))
        tg.create_task(bakery.bake(5, t0))


asyncio.run(main())
