import asyncio
import contextlib
import functools
import logging
import time

logging.basicConfig(format="%(levelname)s %(message)s")
log = logging.getLogger("slow")


# --8<-- [start:timer]
@contextlib.contextmanager
def warn_if_slow(what: str, threshold: float = 0.2):
    """블록이 threshold초 넘게 걸리면 경고를 남깁니다."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:
        took = loop.time() - start
        if took >= threshold:
            log.warning("느린 await: %s %.1f초 (기준 %.1f초)", what, took, threshold)


def timed(threshold: float = 0.2):
    """코루틴 함수 전체에 warn_if_slow()를 씌우는 데코레이터."""
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            with warn_if_slow(func.__qualname__, threshold):
                return await func(*args, **kwargs)
        return wrapper
    return decorate
# --8<-- [end:timer]


@timed()
async def fetch_user(name: str) -> str:
    await asyncio.sleep(0.05)
    return name


@timed()
async def fetch_orders(name: str) -> list[str]:
    await asyncio.sleep(0.3)  # 느린 외부 API
    return ["주문-1"]


async def blocker() -> None:
    time.sleep(0.3)  # 다른 태스크가 루프를 막습니다


async def main() -> None:
    await fetch_user("민지")
    print("1. fetch_user: 빨라서 아무 말도 없습니다")
    await fetch_orders("민지")
    print("2. fetch_orders: 기준을 넘었습니다")
    with warn_if_slow("재고 조회"):
        await asyncio.sleep(0.4)
    print("3. with 블록으로 재도 됩니다")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch_user("하늘"))
        tg.create_task(blocker())
    print("4. fetch_user도 느려 보이지만, 범인은 루프를 막은 blocker입니다")


asyncio.run(main())
