import asyncio
import logging
import time

# asyncio 가 남기는 로그에 수준과 로거 이름을 붙여 봅니다
logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s")


async def heartbeat() -> None:
    for beat in range(1, 4):
        print(f"[{time.perf_counter() - START:.1f}초] 심장 박동 {beat}")
        await asyncio.sleep(0.1)


async def make_thumbnail() -> None:
    print("썸네일: 만들기 시작")
    time.sleep(0.3)  # 실수: 루프 전체를 0.3초 동안 멈추는 블로킹 호출
    print("썸네일: 다 만들었습니다")


async def main() -> None:
    loop = asyncio.get_running_loop()
    beat = loop.create_task(heartbeat(), name="심장 박동")
    thumb = loop.create_task(make_thumbnail(), name="썸네일")
    await beat
    await thumb


START = time.perf_counter()
asyncio.run(main(), debug=True)  # 디버그 모드를 켭니다
