import asyncio
import time


async def download(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  {name} 취소됨")
        raise  # 취소는 삼키지 말고 다시 올립니다
    if name == "B":
        raise ValueError(f"{name} 다운로드 실패")
    print(f"  {name} 끝")
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("A", 0.3))
            tg.create_task(download("B", 0.2))  # 0.2초 뒤에 실패합니다
            tg.create_task(download("C", 0.1))
    except* ValueError as group:  # 파이썬 3.11+
        print(f"main: {type(group).__name__}: {group}")
        for error in group.exceptions:
            print(f"main: 그 안의 예외 {error!r}")
    print(f"main: 걸린 시간 {time.perf_counter() - t0:.1f}초")


asyncio.run(main())
