import asyncio
import time

WAITS = {"A": 0.3, "B": 0.1, "C": 0.2}  # 태스크마다 기다리는 시간


async def job(name: str, seconds: float, log: list[str]) -> None:
    log.append(f"{name} 시작")
    await asyncio.sleep(seconds)
    log.append(f"{name} 끝")


async def main() -> None:
    print("기다리는 시간:", ", ".join(f"{n} {s}초" for n, s in WAITS.items()))
    for round_no in range(1, 4):  # 같은 일을 세 번 되풀이합니다
        log: list[str] = []
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            for name, seconds in WAITS.items():  # A, B, C 순서로 만듭니다
                tg.create_task(job(name, seconds, log))
        elapsed = time.perf_counter() - start
        print(f"{round_no}회차: {' → '.join(log)} ({elapsed:.1f}초)")


asyncio.run(main())
