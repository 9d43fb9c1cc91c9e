# /// script
# [tool.guide]
# exclusive = true  # 시계로 재는 계산(바쁜 루프): 다른 예제와 CPU 를 나누면 시간이 늘어납니다
# ///
import asyncio
import time


def crunch(seconds: float) -> int:
    """계산하는 일: seconds 동안 쉬지 않고 CPU 로 덧셈만 합니다."""
    end = time.perf_counter() + seconds
    total = 0
    while time.perf_counter() < end:
        total += 1
    return total


async def wait_job(name: str) -> None:
    print(f"  {name} 시작")
    await asyncio.sleep(0.3)  # 기다리는 일: 그동안 다른 태스크가 실행됩니다
    print(f"  {name} 끝")


async def crunch_job(name: str) -> None:
    print(f"  {name} 시작")
    crunch(0.2)  # 계산하는 일: await 가 없어서 아무도 끼어들지 못합니다
    print(f"  {name} 끝")


async def main() -> None:
    print("[기다리는 일 3개, 각 0.3초]")
    start = time.perf_counter()
    for name in "ABC":
        await wait_job(name)
    print(f"차례로: {time.perf_counter() - start:.1f}초")
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name in "ABC":
            tg.create_task(wait_job(name), name=f"기다림 {name}")
    print(f"함께:   {time.perf_counter() - start:.1f}초")

    print("[계산하는 일 3개, 각 0.2초]")
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name in "ABC":
            tg.create_task(crunch_job(name), name=f"계산 {name}")
    print(f"함께:   {time.perf_counter() - start:.1f}초")


asyncio.run(main())
