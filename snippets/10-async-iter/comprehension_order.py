import asyncio
import time


async def fetch(n: int) -> int:
    await asyncio.sleep(0.3)  # 응답을 기다리는 시간
    return n * 10


async def main() -> None:
    start = time.perf_counter()
    # 하나가 끝나야 다음을 시작합니다
    results = [await fetch(n) for n in range(3)]
    print(f"컴프리헨션: {results} {time.perf_counter() - start:.1f}초")

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # 셋을 함께 시작합니다
        tasks = [tg.create_task(fetch(n)) for n in range(3)]
    results = [task.result() for task in tasks]
    print(f"태스크 그룹: {results} {time.perf_counter() - start:.1f}초")


asyncio.run(main())
