import asyncio
import time


def since(t0: float) -> str:
    return f"{time.perf_counter() - t0:.1f}초"


async def download(name: str, seconds: float, t0: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  {name} 취소됨 ({since(t0)})")
        raise  # 취소는 삼키지 말고 다시 올립니다
    if name == "B":
        raise ValueError(f"{name} 다운로드 실패")
    print(f"  {name} 끝 ({since(t0)})")
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("A", 0.3, t0))
            tg.create_task(download("B", 0.2, t0))  # 0.2초 뒤에 실패합니다
            tg.create_task(download("C", 0.1, t0))
    except* ValueError as group:  # 파이썬 3.11+
        print(f"main: 예외 그룹을 받았습니다 ({since(t0)})")
        print(f"main: {type(group).__name__}: {group}")
        for error in group.exceptions:
            print(f"main: 그 안의 예외 {error!r}")
    await asyncio.sleep(0.3)  # gather 예제처럼 그동안 나머지 태스크를 지켜봅니다
    print("main: A 는 취소되어 끝까지 실행되지 않았습니다")


asyncio.run(main())
