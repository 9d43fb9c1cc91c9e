# /// script
# [tool.guide]
# exclusive = true
# timeout = 40
# ///
import asyncio
import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

N = 3_000_000  # 한 번 계산에 0.1–0.5초쯤 걸리는 양 (기계와 버전에 따라 다릅니다)


def crunch(n: int) -> tuple[int, str, float]:
    """CPU 만 쓰는 계산입니다. 어디서 돌았는지와 쓴 CPU 시간도 돌려줍니다."""
    cpu_start = time.thread_time()  # 이 스레드가 CPU 에서 실제로 돈 시간만 잽니다
    total = 0
    for i in range(n):
        total += i * i % 7
    if multiprocessing.parent_process() is not None:  # 프로세스 풀이 띄운 자식 프로세스
        place = "다른 프로세스"
    elif threading.current_thread() is threading.main_thread():
        place = "이벤트 루프의 스레드"
    else:
        place = "같은 프로세스의 다른 스레드"
    return total, place, time.thread_time() - cpu_start


async def watch_loop(wakeups: list[float]) -> None:
    """0.01초마다 깨어나며, 깨어난 시각을 적습니다. 루프가 멈추면 깨어나지 못합니다."""
    while True:
        await asyncio.sleep(0.01)
        wakeups.append(time.perf_counter())


async def measure(label: str, work) -> tuple[list, float]:
    wakeups: list[float] = []
    watcher = asyncio.create_task(watch_loop(wakeups))
    await asyncio.sleep(0)  # 감시 태스크가 먼저 시작하게 합니다
    start = time.perf_counter()
    results = await work()
    end = time.perf_counter()
    watcher.cancel()
    await asyncio.wait([watcher])

    woke = sum(start < t < end for t in wakeups)  # 계산하는 동안 감시 태스크가 깨어난 횟수
    state = "멈췄습니다" if woke == 0 else "계속 돌았습니다"
    places = sorted({place for _, place, _ in results})
    print(f"{label}: 계산한 곳은 {', '.join(places)}, 그동안 루프는 {state}")
    return results, end - start


async def run_directly() -> list:
    return [crunch(N), crunch(N)]  # 코루틴 안에서 그냥 부릅니다


async def run_in(pool) -> list:
    loop = asyncio.get_running_loop()
    return await asyncio.gather(
        loop.run_in_executor(pool, crunch, N),
        loop.run_in_executor(pool, crunch, N),
    )


async def main() -> None:
    r1, _ = await measure("1) 코루틴에서 직접", run_directly)
    with ThreadPoolExecutor(max_workers=2) as pool:
        r2, elapsed = await measure("2) 스레드 풀", lambda: run_in(pool))
    # 두 스레드가 정말 동시에 계산했다면 CPU 시간의 합이 걸린 시간의 두 배 가까이 됩니다.
    cpu = sum(seconds for _, _, seconds in r2)
    if cpu <= 1.1 * elapsed:
        print("   두 스레드가 쓴 CPU 시간의 합이 걸린 시간을 넘지 않았습니다: 번갈아 계산했습니다 (GIL)")
    else:
        print("   두 스레드가 쓴 CPU 시간의 합이 걸린 시간보다 깁니다: 동시에 계산했습니다")
    with ProcessPoolExecutor(max_workers=2) as pool:
        r3, _ = await measure("3) 프로세스 풀", lambda: run_in(pool))
    totals = [[total for total, _, _ in r] for r in (r1, r2, r3)]
    print(f"세 방법의 계산 결과가 같습니다: {totals[0] == totals[1] == totals[2]}")


if __name__ == "__main__":  # 프로세스 풀을 쓰는 프로그램에는 꼭 필요합니다
    asyncio.run(main())
