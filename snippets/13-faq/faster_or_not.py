import asyncio
import time


async def wait_io(name: str, seconds: float) -> None:
    await asyncio.sleep(seconds)  # 네트워크 응답을 기다리는 시간입니다
    print(f"{name} 기다리기 끝 ({seconds}초)")


async def compute(name: str) -> None:
    print(f"{name} 계산 시작")
    sum(i * i for i in range(20_000))  # CPU 가 직접 하는 일: 기다림이 없습니다
    print(f"{name} 계산 끝")


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name, seconds in [("A", 0.1), ("B", 0.2), ("C", 0.3)]:
            tg.create_task(wait_io(name, seconds))
    elapsed = time.perf_counter() - start
    print(f"기다리기 세 개: {elapsed:.1f}초 (차례로면 0.6초)")

    async with asyncio.TaskGroup() as tg:
        for name in ["A", "B", "C"]:
            tg.create_task(compute(name))
    print("계산 세 개는 겹치지 않고 하나씩 끝났습니다")


asyncio.run(main())
