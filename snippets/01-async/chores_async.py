import asyncio
import time

MACHINES = ["세탁기", "식기세척기", "전기밥솥"]


async def run_machine(name: str) -> None:
    print(f"{name} 켜기")
    await asyncio.sleep(1)  # 1초 기다림: 그동안 다른 태스크가 실행됩니다
    print(f"{name} 끝")


async def one_by_one() -> None:
    for name in MACHINES:
        # 이 기계가 끝나야 await 다음으로, 곧 다음 기계로 넘어갑니다
        await run_machine(name)


async def all_together() -> None:
    # 블록 하나에 태스크 셋: 세 기계를 모두 켜 두고 함께 기다립니다
    async with asyncio.TaskGroup() as tg:
        for name in MACHINES:
            tg.create_task(run_machine(name), name=f"{name} (함께)")


async def main() -> None:
    ways = {"한 대씩": one_by_one, "세 대 함께": all_together}
    for title, way in ways.items():
        print(f"--- {title} ---")
        start = time.perf_counter()
        await way()
        print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
