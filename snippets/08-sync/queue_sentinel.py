import asyncio
import time

JOBS = [("a", 1.0), ("b", 0.2), ("c", 0.6), ("d", 0.2), ("e", 0.4), ("f", 0.6)]
DONE = None  # 끝을 알리는 표시 (센티널). 일로는 절대 오지 않는 값이어야 합니다


async def worker(name: str, queue: asyncio.Queue, t0: float) -> None:
    while (item := await queue.get()) is not DONE:
        job, seconds = item
        await asyncio.sleep(seconds)
        print(f"{time.perf_counter() - t0:.1f}초 {name}: {job} 끝")
    print(f"{time.perf_counter() - t0:.1f}초 {name}: 끝 표시를 받고 나갑니다")


async def main() -> None:
    queue: asyncio.Queue[tuple[str, float] | None] = asyncio.Queue()
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # 일꾼이 모두 끝나야 블록을 나옵니다
        for i in (1, 2, 3):
            tg.create_task(worker(f"일꾼 {i}", queue, t0))
        for job in JOBS:
            await queue.put(job)
        for _ in range(3):  # 일꾼 수만큼 끝 표시를 넣습니다. 일 뒤에 줄을 섭니다
            await queue.put(DONE)
    print(f"모든 일꾼 끝: {time.perf_counter() - t0:.1f}초")


asyncio.run(main())
