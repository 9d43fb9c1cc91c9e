import asyncio
import threading

running = 0  # 지금 계산 중인 태스크 수
most = 0  # 그 수가 가장 컸을 때


async def worker(name: str) -> None:
    global running, most
    for step in (1, 2):
        running += 1
        most = max(most, running)
        sum(range(100_000))  # 계산 (await 가 없으니 중간에 멈추지 않습니다)
        running -= 1
        thread = threading.current_thread().name
        print(f"{name} {step}단계 끝 (스레드: {thread})")
        await asyncio.sleep(0)  # 여기서만 다른 태스크에게 차례를 넘깁니다


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for name in ["A", "B", "C"]:
            tg.create_task(worker(name))
    print(f"동시에 계산한 태스크 수의 최댓값: {most}")


asyncio.run(main())
