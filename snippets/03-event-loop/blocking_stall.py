import asyncio
import time


async def heartbeat(start: float) -> None:
    loop = asyncio.get_running_loop()
    for n in range(1, 5):
        print(f"{loop.time() - start:.1f}초  하트비트 {n}")
        await asyncio.sleep(0.2)


async def nap(start: float, blocking: bool) -> None:
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    print(f"{loop.time() - start:.1f}초  0.5초 쉬기 시작")
    if blocking:
        time.sleep(0.5)  # 블로킹: 루프 전체가 멈춥니다
    else:
        await asyncio.sleep(0.5)  # 기다리는 동안 루프에 차례를 넘깁니다
    print(f"{loop.time() - start:.1f}초  0.5초 쉬기 끝")


async def main() -> None:
    loop = asyncio.get_running_loop()
    for how, blocking in [("await asyncio.sleep", False), ("time.sleep", True)]:
        print(f"--- {how}(0.5) ---")
        start = loop.time()
        beat = loop.create_task(heartbeat(start), name="heartbeat")
        sleeper = loop.create_task(nap(start, blocking), name="nap")
        await beat
        await sleeper


asyncio.run(main(), debug=True)  # 디버그 모드: 느린 콜백을 로그로 알려 줍니다
