import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


async def tea() -> None:
    await asyncio.sleep(0.2)
    log("물이 끓음 → 찻잎 넣기")
    await asyncio.sleep(0.1)  # 다음 단계가 콜백이 아니라 바로 다음 줄입니다
    log("차 완성")


async def toast() -> None:
    await asyncio.sleep(0.1)
    log("토스트 완성")


async def main() -> None:
    log("주전자와 토스터 켜기")
    async with asyncio.TaskGroup() as tg:  # left 같은 개수 세기가 필요 없습니다
        tg.create_task(tea())
        tg.create_task(toast())
    log("아침 준비 끝")


asyncio.run(main())
