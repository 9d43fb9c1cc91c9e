import asyncio


async def brew(drink: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return drink


async def main() -> None:
    orders = [brew("라테", 0.2), brew("녹차", 0.1)]  # 코루틴 객체의 리스트
    try:
        done, pending = await asyncio.wait(orders)  # 옛 글의 방식
        print(sorted(t.result() for t in done))
    except TypeError as e:  # 3.11+
        print(f"{type(e).__name__}: {e}")
        for order in orders:
            order.close()  # 실행하지 못한 코루틴을 닫아 경고를 막습니다


asyncio.run(main())
