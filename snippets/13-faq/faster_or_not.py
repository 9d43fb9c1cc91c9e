# /// script
# [tool.guide]
# exclusive = true  # 시계로 재는 계산(바쁜 루프): 다른 예제와 CPU 를 나누면 시간이 늘어납니다
# ///
import asyncio
import time


async def wait_io(name: str, seconds: float) -> None:
    await asyncio.sleep(seconds)  # 네트워크 응답을 기다리는 시간입니다
    print(f"{name} 기다리기 끝 ({seconds}초)")


def crunch(seconds: float) -> None:
    # CPU 가 쉬지 않고 계산하는 일입니다 (어느 기계에서나 같은 시간이 걸리게 시계로 끊습니다)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def compute(name: str) -> None:
    print(f"{name} 계산 시작")
    crunch(0.07)  # 기다림이 없으니 await 도 없습니다
    print(f"{name} 계산 끝")


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name, seconds in [("A", 0.1), ("B", 0.2), ("C", 0.3)]:
            tg.create_task(wait_io(name, seconds))
    print(f"기다리기 세 개, 태스크로: {time.perf_counter() - start:.1f}초 (차례로면 0.6초)")

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name in ["A", "B", "C"]:
            tg.create_task(compute(name))
    print(f"계산 세 개, 태스크로: {time.perf_counter() - start:.1f}초")


def in_a_row() -> None:
    start = time.perf_counter()
    for _ in range(3):
        crunch(0.07)
    print(f"계산 세 개, 태스크 없이 차례로: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
in_a_row()  # 비교: 같은 계산을 이벤트 루프 없이 하나씩
