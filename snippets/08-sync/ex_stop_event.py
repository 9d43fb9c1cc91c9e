import asyncio
import time


async def ticker(stop: asyncio.Event, t0: float) -> None:
    n = 0
    while not stop.is_set():  # 멈추라는 신호가 올 때까지 되풀이합니다
        n += 1
        print(f"{time.perf_counter() - t0:.1f}초 틱 {n}")
        await asyncio.sleep(0.2)
    print(f"{time.perf_counter() - t0:.1f}초 신호를 보고 멈춥니다")


async def main() -> None:
    stop = asyncio.Event()
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ticker(stop, t0))
        await asyncio.sleep(0.5)
        print(f"{time.perf_counter() - t0:.1f}초 main: stop.set()")
        stop.set()


asyncio.run(main())
