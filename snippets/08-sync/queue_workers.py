import asyncio
import time

JOBS = [("a", 1.0), ("b", 0.2), ("c", 0.6), ("d", 0.2), ("e", 0.4), ("f", 0.6)]


async def worker(name: str, queue: asyncio.Queue, t0: float) -> None:
    while True:  # 큐에서 일을 꺼내 처리하기를 끝없이 되풀이합니다
        job, seconds = await queue.get()
        try:
            await asyncio.sleep(seconds)  # 일을 처리하는 시간
            if job == "e":
                raise ValueError("망가진 입력")  # 일 하나가 실패합니다
            print(f"{time.perf_counter() - t0:.1f}초 {name}: {job} 끝")
        except Exception as e:  # 실패를 알리고, 일꾼은 다음 일로 넘어갑니다
            print(f"{time.perf_counter() - t0:.1f}초 {name}: {job} 실패 ({e})")
        finally:
            queue.task_done()  # 성공하든 실패하든 "꺼낸 일 하나를 다 했습니다" 하고 알립니다


async def main() -> None:
    queue: asyncio.Queue[tuple[str, float]] = asyncio.Queue()
    for job in JOBS:
        queue.put_nowait(job)

    t0 = time.perf_counter()
    workers = [
        asyncio.create_task(worker(f"일꾼 {i}", queue, t0), name=f"일꾼 {i}")
        for i in (1, 2, 3)
    ]
    await queue.join()  # 넣은 일마다 task_done() 이 불릴 때까지 기다립니다
    print(f"모든 일 끝: {time.perf_counter() - t0:.1f}초 (하나씩 했다면 3.0초)")

    for w in workers:  # 일꾼들은 아직 get() 에서 기다리는 중이니 취소해서 끝냅니다
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
