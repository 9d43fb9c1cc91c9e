import asyncio
import time


async def producer(queue: asyncio.Queue, t0: float) -> None:
    for n in range(1, 6):
        await queue.put(n)  # 큐가 가득 차 있으면 자리가 날 때까지 여기서 기다립니다
        now = time.perf_counter() - t0
        print(f"{now:.1f}초 생산자: {n} 넣음 (큐에 {queue.qsize()}개)")
    await queue.put(None)  # 끝 표시


async def consumer(queue: asyncio.Queue, t0: float) -> None:
    while (n := await queue.get()) is not None:
        print(f"{time.perf_counter() - t0:.1f}초   소비자: {n} 꺼냄")
        await asyncio.sleep(0.1)  # 소비자는 하나에 0.1초씩 걸립니다


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=2)  # 최대 2개까지만
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue, t0))
        tg.create_task(consumer(queue, t0))


asyncio.run(main())
