import asyncio
import gc
import logging

logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s")


async def wait_for_signal(signal: asyncio.Event) -> None:
    print("신호를 기다립니다")
    await signal.wait()
    print("신호를 받았습니다")


async def main() -> None:
    signal = asyncio.Event()
    async with asyncio.TaskGroup() as tg:  # 태스크 그룹이 참조를 쥐고 있습니다
        tg.create_task(wait_for_signal(signal))
        await asyncio.sleep(0.1)
        gc.collect()  # 이번에는 아무 일도 생기지 않습니다
        print("신호를 보냅니다")
        signal.set()
    print("main 끝")


asyncio.run(main())
