import asyncio


class Concert:
    def __init__(self, seats: int) -> None:
        self.seats = seats

    async def book(self, customer: str) -> None:
        if self.seats > 0:  # 1) 남은 좌석을 확인하고
            await asyncio.sleep(0.1)  # 2) 결제를 기다리는 동안 다른 태스크가 돕니다
            self.seats -= 1  # 3) 좌석을 줄입니다. 1)에서 본 값은 이미 낡았습니다
            print(f"{customer}: 예매 성공 (남은 좌석 {self.seats})")
        else:
            print(f"{customer}: 매진")


async def main() -> None:
    concert = Concert(seats=3)
    async with asyncio.TaskGroup() as tg:
        for customer in "ABCDE":
            tg.create_task(concert.book(customer))
    print(f"최종 좌석 수: {concert.seats}")


asyncio.run(main())
