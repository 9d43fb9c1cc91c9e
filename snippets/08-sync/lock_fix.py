import asyncio
import time


class Concert:
    def __init__(self, seats: int) -> None:
        self.seats = seats
        self.lock = asyncio.Lock()

    async def book(self, customer: str, t0: float) -> None:
        async with self.lock:  # 확인부터 차감까지 한 태스크씩만 들어옵니다
            if self.seats > 0:
                await asyncio.sleep(0.1)  # 결제
                self.seats -= 1
                result = f"예매 성공 (남은 좌석 {self.seats})"
            else:
                result = "매진"
        print(f"{time.perf_counter() - t0:.1f}초 {customer}: {result}")


async def main() -> None:
    concert = Concert(seats=3)
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for customer in "ABCDE":
            tg.create_task(concert.book(customer, t0))
    print(f"최종 좌석 수: {concert.seats}")


asyncio.run(main())
