import asyncio
import time


class Gauge:
    """지금 몇 개가 실행 중인지, 가장 많았을 때는 몇 개였는지 셉니다."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    def __enter__(self) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def __exit__(self, *exc) -> None:
        self.now -= 1


async def request(
    n: int, gauge: Gauge, starts: dict[int, float], t0: float
) -> None:
    with gauge:
        starts[n] = time.perf_counter() - t0
        await asyncio.sleep(0.3)  # 서버의 응답을 기다리는 시간


async def limited(n: int, sem: asyncio.Semaphore, *args) -> None:
    async with sem:  # 자리가 날 때까지 여기서 기다립니다
        await request(n, *args)


async def run(limit: int | None) -> None:
    gauge = Gauge()
    starts: dict[int, float] = {}
    t0 = time.perf_counter()
    sem = asyncio.Semaphore(limit) if limit else None
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 21):  # 요청 20개
            if sem:
                tg.create_task(limited(n, sem, gauge, starts, t0))
            else:
                tg.create_task(request(n, gauge, starts, t0))
    elapsed = time.perf_counter() - t0

    waves: dict[int, list[int]] = {}  # 0.3초 단위로 묶어, 언제 시작했는지 보입니다
    for n, start in starts.items():
        waves.setdefault(round(start / 0.3), []).append(n)
    for wave, numbers in sorted(waves.items()):
        print(f"  {wave * 0.3:.1f}초에 시작: {' '.join(map(str, sorted(numbers)))}")
    print(f"  최대 동시 요청: {gauge.peak}개, 걸린 시간: {elapsed:.1f}초")


async def main() -> None:
    print("--- 제한 없이 ---")
    await run(None)
    print("--- asyncio.Semaphore(5) ---")
    await run(5)


asyncio.run(main())
