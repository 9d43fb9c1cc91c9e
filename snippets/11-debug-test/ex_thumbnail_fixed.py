import asyncio
import logging
import time

logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s")


async def heartbeat() -> None:
    for beat in range(1, 4):
        print(f"[{time.perf_counter() - START:.1f}초] 심장 박동 {beat}")
        await asyncio.sleep(0.1)


async def make_thumbnail() -> None:
    print("썸네일: 만들기 시작")
    await asyncio.to_thread(time.sleep, 0.3)  # 블로킹 호출은 다른 스레드에서
    print(f"[{time.perf_counter() - START:.1f}초] 썸네일: 다 만들었습니다")


async def main() -> None:
    loop = asyncio.get_running_loop()
    beat = loop.create_task(heartbeat(), name="심장 박동")
    thumb = loop.create_task(make_thumbnail(), name="썸네일")
    await beat
    await thumb


START = time.perf_counter()
asyncio.run(main(), debug=True)
