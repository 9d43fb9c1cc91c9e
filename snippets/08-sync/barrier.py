import asyncio
import time


async def runner(
    name: str, warmup: float, start_line: asyncio.Barrier, t0: float
) -> None:
    await asyncio.sleep(warmup)  # 준비 시간은 저마다 다릅니다
    print(f"{time.perf_counter() - t0:.1f}초 {name}: 준비 끝, 출발선에서 대기")
    await start_line.wait()  # 세 명이 모두 올 때까지 기다립니다
    print(f"{time.perf_counter() - t0:.1f}초 {name}: 출발!")


async def main() -> None:
    start_line = asyncio.Barrier(3)  # 파이썬 3.11+
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(runner("주자 1", 0.1, start_line, t0))
        tg.create_task(runner("주자 2", 0.3, start_line, t0))
        tg.create_task(runner("주자 3", 0.2, start_line, t0))


asyncio.run(main())
