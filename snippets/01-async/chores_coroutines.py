import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


async def laundry() -> None:
    await asyncio.sleep(0.2)  # 여기서만 다른 코루틴에 차례를 넘깁니다
    log("세탁 끝 → 건조 시작")
    await asyncio.sleep(0.2)
    log("건조 끝")


async def rice() -> None:
    await asyncio.sleep(0.3)
    log("밥 완성")


async def main() -> None:
    log("빨래와 밥 짓기 시작")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(laundry())
        tg.create_task(rice())
    log("모두 끝")


asyncio.run(main())
