import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def with_retry(op: Callable[[], Awaitable[T]], attempts: int = 3) -> T:
    """op을 불러 기다립니다. ConnectionError면 attempts번까지 다시 합니다."""
    for attempt in range(1, attempts + 1):
        try:
            return await op()
        except ConnectionError as exc:
            print(f"  {attempt}번째 실패: {exc}")
    raise ConnectionError(f"{attempts}번 모두 실패")


failures = 2


async def fetch_price(item: str) -> int:
    global failures
    await asyncio.sleep(0.1)
    if failures:
        failures -= 1
        raise ConnectionError("연결 끊김")
    return {"사과": 1200, "배": 3000}[item]


async def in_stock(item: str) -> bool:
    await asyncio.sleep(0.2)
    return item == "사과"


async def main() -> None:
    price: int = await with_retry(lambda: fetch_price("사과"))  # T = int
    print("사과 가격:", price)

    async with asyncio.TaskGroup() as tg:
        pear: asyncio.Task[int] = tg.create_task(fetch_price("배"))
        stock = tg.create_task(in_stock("배"))  # asyncio.Task[bool]
    print("배 가격:", pear.result(), "재고:", stock.result())

    # 인자마다 타입을 따로 압니다: apple은 int, ok는 bool
    apple, ok = await asyncio.gather(fetch_price("사과"), in_stock("사과"))
    print("사과 가격:", apple, "재고:", ok)


asyncio.run(main())
