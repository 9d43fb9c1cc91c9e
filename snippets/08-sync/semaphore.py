import asyncio
import time


class Gauge:
    """지금 몇 개가 요청 중인지, 가장 많았을 때는 몇 개였는지 셉니다."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    def __enter__(self) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def __exit__(self, *exc) -> None:
        self.now -= 1


async def fetch(
    n: int, sem: asyncio.Semaphore, gauge: Gauge, starts: dict, t0: float
) -> None:
    async with sem:  # 입장권이 없으면 누가 돌려줄 때까지 여기서 기다립니다
        with gauge:
            starts[n] = time.perf_counter() - t0  # 요청을 시작한 시각
            for _ in range(3):  # 응답을 0.1초에 한 조각씩, 세 조각 받습니다
                await asyncio.sleep(0.1)


async def main() -> None:
    sem = asyncio.Semaphore(4)  # 입장권 4장: 동시에 4개까지
    gauge = Gauge()
    starts: dict[int, float] = {}
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 13):  # 요청 12개를 한꺼번에 만듭니다
            tg.create_task(fetch(n, sem, gauge, starts, t0), name=f"요청 {n}")
    elapsed = time.perf_counter() - t0

    waves: dict[int, list[int]] = {}  # 시작한 시각을 0.3초 단위로 묶습니다
    for n, start in starts.items():
        waves.setdefault(round(start / 0.3), []).append(n)
    for wave, numbers in sorted(waves.items()):
        print(f"{wave * 0.3:.1f}초에 시작: 요청 {', '.join(map(str, sorted(numbers)))}")
    print(f"최대 동시 요청: {gauge.peak}개, 걸린 시간: {elapsed:.1f}초")


asyncio.run(main())
