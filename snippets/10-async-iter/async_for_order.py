import asyncio
import time


def since(start: float) -> str:
    return f"{time.perf_counter() - start:.1f}초"


async def responses(count: int, start: float):
    """응답을 하나씩 받아 내놓는 비동기 제너레이터."""
    for n in range(count):
        print(f"{since(start)} 요청 {n}")
        await asyncio.sleep(0.3)  # 응답을 기다리는 시간
        yield n * 10


async def fetch(n: int) -> int:
    await asyncio.sleep(0.3)
    return n * 10


async def main() -> None:
    print("--- async for ---")
    start = time.perf_counter()
    async for value in responses(3, start):
        print(f"{since(start)} 받음 {value}, 0.1초 동안 처리")
        await asyncio.sleep(0.1)  # 이 동안 제너레이터는 yield 에서 멈춰 있습니다
    print(f"{since(start)} 끝")

    print("--- 비동기 컴프리헨션 ---")
    start = time.perf_counter()
    values = [value async for value in responses(3, start)]
    print(f"{since(start)} {values}")

    print("--- 태스크 그룹 ---")
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # 셋을 함께 시작합니다
        tasks = [tg.create_task(fetch(n)) for n in range(3)]
    print(f"{since(start)} {[task.result() for task in tasks]}")


asyncio.run(main())
