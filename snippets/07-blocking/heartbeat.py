import asyncio
import time


async def heartbeat(beats: int) -> None:
    """0.1초마다 뛰어야 하는 심장 박동. 실제로 잰 간격을 찍습니다."""
    last = time.perf_counter()
    for n in range(1, beats + 1):
        await asyncio.sleep(0.1)
        now = time.perf_counter()
        print(f"  ♥ 박동 {n} (간격 {now - last:.1f}초)")
        last = now


async def polite_job() -> None:
    print("  일 시작")
    await asyncio.sleep(0.5)  # 기다리는 동안 이벤트 루프를 내줍니다
    print("  일 끝")


async def rude_job() -> None:
    print("  일 시작")
    time.sleep(0.5)  # 이벤트 루프를 붙잡은 채 잠듭니다
    print("  일 끝")


async def main() -> None:
    for job, label in [(polite_job, "await asyncio.sleep(0.5)"),
                       (rude_job, "time.sleep(0.5)")]:
        print(f"--- {label} ---")
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tg.create_task(heartbeat(3))
            tg.create_task(job())
        print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
