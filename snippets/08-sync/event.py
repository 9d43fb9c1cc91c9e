import asyncio
import time


async def worker(name: str, ready: asyncio.Event, t0: float) -> None:
    print(f"{time.perf_counter() - t0:.1f}초 {name}: 설정이 끝나기를 기다립니다")
    await ready.wait()  # 이벤트가 설정될 때까지 멈춥니다
    print(f"{time.perf_counter() - t0:.1f}초 {name}: 일을 시작합니다")


async def main() -> None:
    ready = asyncio.Event()
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name in ["일꾼 1", "일꾼 2", "일꾼 3"]:
            tg.create_task(worker(name, ready, t0))
        await asyncio.sleep(0.3)  # 설정 파일 읽기, 연결 준비 같은 준비 작업
        print(f"{time.perf_counter() - t0:.1f}초 main: 준비 끝, ready.set()")
        ready.set()  # 기다리던 모두를 한꺼번에 깨웁니다
    print(f"set() 뒤에 is_set(): {ready.is_set()}")
    await ready.wait()  # 이미 설정된 이벤트는 기다리지 않고 바로 지나갑니다
    print("늦게 온 wait() 도 바로 지나갑니다")


asyncio.run(main())
