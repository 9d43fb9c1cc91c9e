import asyncio
import time


class Concert:
    def __init__(self, seats: int) -> None:
        self.seats = seats

    async def book(self, customer: str, t0: float) -> None:
        # 확인과 차감 사이에 await 이 없습니다. 이 두 줄 사이에는
        # 다른 태스크가 끼어들 수 없으므로 록이 필요 없습니다.
        if self.seats == 0:
            print(f"{time.perf_counter() - t0:.1f}초 {customer}: 매진")
            return
        self.seats -= 1  # 좌석을 먼저 잡아 두고
        # 그다음에 결제합니다. 결제가 실패하면 self.seats += 1 로 돌려놓습니다.
        await asyncio.sleep(0.1)
        print(f"{time.perf_counter() - t0:.1f}초 {customer}: 예매 성공")


async def main() -> None:
    concert = Concert(seats=3)
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for customer in "ABCDE":
            tg.create_task(concert.book(customer, t0))
    print(f"최종 좌석 수: {concert.seats}")


asyncio.run(main())
