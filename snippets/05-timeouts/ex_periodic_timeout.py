import asyncio
import time

START = time.perf_counter()


async def send_heartbeat(interval: float) -> None:
    beats = 0
    while True:
        beats += 1
        print(f"[{time.perf_counter() - START:.1f}초] 하트비트 {beats}")
        await asyncio.sleep(interval)


async def main() -> None:
    try:
        async with asyncio.timeout(1.0) as cm:
            await send_heartbeat(0.4)
    except TimeoutError:
        pass
    elapsed = time.perf_counter() - START
    print(f"[{elapsed:.1f}초] 멈춤, expired()={cm.expired()}")


asyncio.run(main())
