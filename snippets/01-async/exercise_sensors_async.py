import asyncio
import time


SENSORS = [("온도", 0.1), ("습도", 0.2), ("조도", 0.3), ("소음", 0.4)]


async def read_sensor(name: str, delay: float) -> None:
    await asyncio.sleep(delay)  # time.sleep 대신 asyncio.sleep 을 await 합니다
    print(f"{name} 센서 응답")


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name, delay in SENSORS:
            tg.create_task(read_sensor(name, delay))
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
