import asyncio
import time

START = time.perf_counter()


def since() -> str:
    return f"{time.perf_counter() - START:.1f}초"


async def download(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  {name}: 취소됨, 정리합니다 ({since()})")
        await asyncio.sleep(0.1)  # 정리에도 0.1초가 걸립니다
        raise  # 취소는 다시 올립니다
    print(f"  {name}: 끝 ({since()})")
    return f"{name}.txt"


async def main() -> None:
    try:
        async with asyncio.timeout(0.5):  # 그룹 전체에 0.5초
            async with asyncio.TaskGroup() as tg:
                a = tg.create_task(download("A", 0.2))
                b = tg.create_task(download("B", 1.0))
            print("main: 모두 받았습니다")  # 시간이 다 되면 실행되지 않습니다
    except TimeoutError:
        print(f"main: 블록 밖에서 TimeoutError ({since()})")
    print(f"main: A 결과 {a.result()}, B 취소됨? {b.cancelled()}")


asyncio.run(main())
