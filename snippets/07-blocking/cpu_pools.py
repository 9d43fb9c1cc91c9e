# /// script
# [tool.guide]
# exclusive = true
# timeout = 40
# ///
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

N = 3_000_000  # 한 번 계산에 0.3–0.6초쯤 걸리는 양 (기계에 따라 다릅니다)


def crunch(n: int) -> int:
    """CPU 만 쓰는 계산입니다. 중간에 기다리는 곳이 한 군데도 없습니다."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def watch_loop(gaps: list[float]) -> None:
    """0.1초마다 깨어나며, 실제로 몇 초 만에 깨어났는지 모읍니다."""
    last = time.perf_counter()
    try:
        while True:
            await asyncio.sleep(0.1)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
    except asyncio.CancelledError:
        gaps.append(time.perf_counter() - last)
        raise


async def measure(label: str, work) -> tuple[float, list[int]]:
    gaps: list[float] = []
    watcher = asyncio.create_task(watch_loop(gaps))
    await asyncio.sleep(0)  # 감시 태스크가 먼저 시작하게 합니다
    start = time.perf_counter()
    results = await work()
    elapsed = time.perf_counter() - start
    watcher.cancel()
    await asyncio.wait([watcher])
    state = "멈췄습니다" if max(gaps) > 0.3 else "계속 돌았습니다"
    print(f"{label}: 계산하는 동안 이벤트 루프가 {state}")
    return elapsed, results


async def run_directly() -> list[int]:
    return [crunch(N), crunch(N)]  # 코루틴 안에서 그냥 부릅니다


async def run_in(pool) -> list[int]:
    loop = asyncio.get_running_loop()
    return await asyncio.gather(
        loop.run_in_executor(pool, crunch, N),
        loop.run_in_executor(pool, crunch, N),
    )


async def main() -> None:
    direct, r1 = await measure("1) 코루틴에서 직접", run_directly)
    with ThreadPoolExecutor(max_workers=2) as pool:
        threads, r2 = await measure("2) 스레드 풀", lambda: run_in(pool))
    with ProcessPoolExecutor(max_workers=2) as pool:
        processes, r3 = await measure("3) 프로세스 풀", lambda: run_in(pool))

    print(f"세 방법의 계산 결과가 같습니다: {r1 == r2 == r3}")
    # 걸린 시간은 기계마다 다르므로, 숫자 대신 비교한 결론만 찍습니다.
    if threads > 0.75 * direct:
        print("스레드 풀은 직접 실행보다 빠르지 않았습니다 (GIL)")
    else:
        print("스레드 풀이 직접 실행보다 빨랐습니다")
    if processes < 0.85 * direct:
        print("프로세스 풀이 직접 실행보다 빨랐습니다 (두 코어에서 병렬로)")
    else:
        print("프로세스 풀이 직접 실행보다 빠르지 않았습니다")


if __name__ == "__main__":  # 프로세스 풀을 쓰는 프로그램에는 꼭 필요합니다
    asyncio.run(main())
