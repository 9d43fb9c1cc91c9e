import asyncio
import time


async def stubborn(start: float) -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        print(f"  취소 요청 {task.cancelling()}건을 받았지만 무시합니다"
              f" ({time.perf_counter() - start:.1f}초)")
        await asyncio.sleep(0.5)  # 하던 일을 계속합니다
    print(f"  일을 끝냈습니다 ({time.perf_counter() - start:.1f}초)")


async def polite(start: float) -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"  취소 요청을 받았습니다. 정리하고 다시 올립니다"
              f" ({time.perf_counter() - start:.1f}초)")
        raise
    print("  일을 끝냈습니다")


async def main() -> None:
    for job in [stubborn, polite]:
        print(f"--- {job.__name__} ---")
        start = time.perf_counter()
        try:
            async with asyncio.timeout(0.3) as cm:
                await job(start)
            print(f"블록을 그냥 빠져나왔습니다. expired()={cm.expired()}")
        except TimeoutError:
            print("TimeoutError 를 잡았습니다")
        print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
