import asyncio
import gc
import logging

logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s")


async def wait_for_signal() -> None:
    print("신호를 기다립니다")
    # 아무도 결과를 채우지 않는 퓨처를 기다립니다
    signal = asyncio.get_running_loop().create_future()
    await signal
    print("신호를 받았습니다")  # 여기까지 오지 못합니다


async def main() -> None:
    asyncio.create_task(wait_for_signal())  # 참조를 남기지 않았습니다
    await asyncio.sleep(0.1)
    gc.collect()  # 가비지 수거는 언젠가 돕니다. 여기서는 바로 돌립니다
    print("main 끝")


asyncio.run(main())
