import asyncio
import time

START = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - START:.1f}초"


async def watch_disk(interval: float) -> None:
    """interval 초마다 디스크 사용량을 확인합니다. 스스로는 끝나지 않습니다."""
    checks = 0
    try:
        while True:
            checks += 1
            print(f"[{elapsed()}] {checks}번째 확인: 디스크 여유 있음")
            await asyncio.sleep(interval)
    finally:
        print(f"[{elapsed()}] 감시 종료 (모두 {checks}번 확인)")


async def main() -> None:
    try:
        await asyncio.wait_for(watch_disk(0.5), timeout=1.7)
    except TimeoutError:
        print(f"[{elapsed()}] 정해 둔 1.7초가 지나 감시를 멈췄습니다")


asyncio.run(main())
