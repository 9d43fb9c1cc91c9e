# /// script
# requires-python = ">=3.13"
# ///
import asyncio
import time

JOBS = [("a", 1.0), ("b", 0.2), ("c", 0.6), ("d", 0.2), ("e", 0.4), ("f", 0.6)]


async def worker(name: str, queue: asyncio.Queue, t0: float) -> None:
    while True:
        try:
            job, seconds = await queue.get()
        except asyncio.QueueShutDown:  # 닫힌 큐가 비었습니다: 더 올 일이 없습니다
            print(f"{time.perf_counter() - t0:.1f}초 {name}: 큐가 닫혀 나갑니다")
            return
        await asyncio.sleep(seconds)
        print(f"{time.perf_counter() - t0:.1f}초 {name}: {job} 끝")


async def main() -> None:
    queue: asyncio.Queue[tuple[str, float]] = asyncio.Queue()
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for i in (1, 2, 3):
            tg.create_task(worker(f"일꾼 {i}", queue, t0))
        for job in JOBS:
            await queue.put(job)
        queue.shutdown()  # 파이썬 3.13+: 더는 넣지 않는다고 알립니다
        try:
            queue.put_nowait(("g", 0.1))
        except asyncio.QueueShutDown:
            print("닫힌 큐에는 더 넣을 수 없습니다: QueueShutDown")
    print(f"모든 일꾼 끝: {time.perf_counter() - t0:.1f}초")


asyncio.run(main())
