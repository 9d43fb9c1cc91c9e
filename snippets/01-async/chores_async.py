import asyncio
import time


async def run_machine(name: str) -> None:
    print(f"{name} 켜기")
    await asyncio.sleep(1)  # 기다리는 동안 이벤트 루프가 다른 일을 진행합니다
    print(f"{name} 끝")


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # 파이썬 3.11+
        for name in ["세탁기", "식기세척기", "전기밥솥"]:
            tg.create_task(run_machine(name))  # 세 기계를 모두 켜 둡니다
    # async with 블록을 나오면 세 태스크가 모두 끝난 것입니다
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
