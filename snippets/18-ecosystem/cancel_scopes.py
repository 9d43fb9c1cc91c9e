# /// script
# dependencies = ["anyio", "trio"]
# ///
import asyncio
import time

import anyio
import trio

START = 0.0


def log(message: str) -> None:
    print(f"  {time.monotonic() - START:.1f}초 {message}")


async def work(shield_cleanup: bool = False) -> None:
    """0.2초 뒤에 시간제한이 걸립니다. 정리에도 await가 하나 있습니다."""
    try:
        await anyio.sleep(1)
    finally:
        log("정리 시작")
        try:
            with anyio.CancelScope(shield=shield_cleanup):
                await anyio.sleep(0.1)  # 연결을 닫는 일 같은 비동기 정리
            log("정리 끝")
        except anyio.get_cancelled_exc_class():
            log("정리 중에 또 취소됨")
            raise


# --8<-- [start:asyncio]
async def with_asyncio_timeout() -> None:
    try:
        async with asyncio.timeout(0.2):
            await work()
    except TimeoutError:
        log("TimeoutError")
# --8<-- [end:asyncio]


# --8<-- [start:anyio]
async def with_move_on_after(shield_cleanup: bool = False) -> None:
    with anyio.move_on_after(0.2) as scope:
        await work(shield_cleanup)
    log(f"블록을 조용히 빠져나옴 (cancelled_caught={scope.cancelled_caught})")
# --8<-- [end:anyio]


# --8<-- [start:trio]
async def with_trio_move_on_after() -> None:
    with trio.move_on_after(0.2) as scope:
        await work()
    log(f"블록을 조용히 빠져나옴 (cancelled_caught={scope.cancelled_caught})")
# --8<-- [end:trio]


RUNS = {
    "asyncio.timeout()": lambda: asyncio.run(with_asyncio_timeout()),
    "anyio.move_on_after(), asyncio 위에서": lambda: anyio.run(with_move_on_after),
    "trio.move_on_after()": lambda: trio.run(with_trio_move_on_after),
    "anyio, 정리를 shield로 감쌈": lambda: anyio.run(with_move_on_after, True),
}
for title, run in RUNS.items():
    print(title)
    START = time.monotonic()
    run()
