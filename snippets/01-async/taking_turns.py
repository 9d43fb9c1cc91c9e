import asyncio
import threading


async def chore(name: str) -> None:
    for step in range(1, 4):
        thread = threading.current_thread().name
        print(f"{name} {step}단계 (스레드: {thread})")
        await asyncio.sleep(0)  # 잠깐 멈추고 다른 태스크에 차례를 넘깁니다


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for name in ["빨래", "설거지", "청소"]:
            tg.create_task(chore(name))
    print(f"이 프로그램의 스레드 수: {threading.active_count()}")


asyncio.run(main())
