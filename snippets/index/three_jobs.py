import asyncio
import time


async def job(name: str) -> None:
    print(f"{name} 시작")
    await asyncio.sleep(1)  # 1초 동안 기다리는 일 (예: 네트워크 응답)
    print(f"{name} 끝")


async def one_by_one() -> None:
    for name in ["A", "B", "C"]:
        await job(name)  # 앞의 일이 끝나야 다음 일을 시작합니다


async def all_together() -> None:
    async with asyncio.TaskGroup() as tg:  # 세 일을 함께 시작합니다
        for name in ["A", "B", "C"]:
            tg.create_task(job(name))


async def main() -> None:
    for runner in [one_by_one, all_together]:
        print(f"--- {runner.__name__} ---")
        start = time.perf_counter()
        await runner()
        print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
