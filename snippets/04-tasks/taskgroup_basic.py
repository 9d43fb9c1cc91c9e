import asyncio
import time


async def download(name: str, seconds: float) -> str:
    print(f"  {name} 시작")
    await asyncio.sleep(seconds)
    print(f"  {name} 끝")
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # 파이썬 3.11+
        a = tg.create_task(download("A", 0.3))
        b = tg.create_task(download("B", 0.1))
        c = tg.create_task(download("C", 0.2))
        print("main: 태스크 세 개를 그룹에 넣었습니다")
    # async with 블록을 빠져나왔다면 그룹의 태스크는 모두 끝났습니다
    print(f"main: 모두 끝 ({time.perf_counter() - t0:.1f}초)")
    print(f"결과: {[a.result(), b.result(), c.result()]}")


asyncio.run(main())
