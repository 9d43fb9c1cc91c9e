import asyncio
import threading


async def lookup_price(item: str) -> int:
    """이벤트 루프에서만 돌 수 있는 비동기 함수 (예: 비동기 DB 클라이언트)."""
    await asyncio.sleep(0.1)
    return {"사과": 1200, "배": 3000}[item]


def legacy_report(loop: asyncio.AbstractEventLoop) -> int:
    """다른 스레드에서 도는 동기 코드. 루프에 코루틴을 맡기고 결과를 기다립니다."""
    total = 0
    for item in ["사과", "배"]:
        future = asyncio.run_coroutine_threadsafe(lookup_price(item), loop)
        price = future.result(timeout=5)  # 이 스레드만 기다립니다
        print(f"[{threading.current_thread().name}] {item}: {price}원")
        total += price
    return total


async def main() -> None:
    loop = asyncio.get_running_loop()
    total = await asyncio.to_thread(legacy_report, loop)
    print(f"[{threading.current_thread().name}] 합계: {total}원")


asyncio.run(main())
