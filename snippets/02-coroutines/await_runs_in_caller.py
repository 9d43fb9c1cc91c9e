import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


async def boil(what: str, seconds: float) -> None:
    log(f"{what} 시작")
    await asyncio.sleep(seconds)
    log(f"{what} 끝")


async def main() -> None:
    log("--- 코루틴을 차례로 await ---")
    # 달걀이 다 삶아질 때까지 main 은 다음 줄로 가지 못합니다
    await boil("달걀", 0.2)
    await boil("국수", 0.1)

    log("--- 태스크 두 개로 함께 ---")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boil("달걀", 0.2), name="달걀 태스크")
        tg.create_task(boil("국수", 0.1), name="국수 태스크")
    log("main 끝")


asyncio.run(main())
