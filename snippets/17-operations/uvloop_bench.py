# /// script
# dependencies = ["uvloop"]
# [tool.guide]
# timeout = 60
# exclusive = true
# ///
import asyncio
import time

import uvloop

TASKS, STEPS = 1000, 200  # 태스크 1000개가 200번씩 루프에 양보합니다


async def worker() -> None:
    for _ in range(STEPS):
        await asyncio.sleep(0)  # 다른 태스크에 차례를 넘깁니다


async def bench() -> float:
    start = time.process_time()  # 벽시계가 아니라 이 프로세스가 쓴 CPU 시간
    async with asyncio.TaskGroup() as tg:
        for _ in range(TASKS):
            tg.create_task(worker())
    return time.process_time() - start


def best_of_5(run) -> float:
    return min(run(bench(), debug=False) for _ in range(5))  # 잴 때는 디버그 모드를 끕니다


default = best_of_5(asyncio.run)
fast = best_of_5(uvloop.run)
print(f"기본 루프: CPU {default:.2f}초")
print(f"uvloop: CPU {fast:.2f}초")
print(f"uvloop가 {default / fast:.1f}배 빠릅니다")
