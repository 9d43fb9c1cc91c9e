import asyncio
import threading


async def worker(name: str, delay: float) -> asyncio.AbstractEventLoop:
    await asyncio.sleep(delay)
    print(f"{name} 실행 (스레드: {threading.current_thread().name})")
    return asyncio.get_running_loop()  # 나를 실행한 루프


async def nothing() -> None:
    pass


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(worker(name, delay))
            for name, delay in [("A", 0.1), ("B", 0.2), ("C", 0.3)]
        ]
    loops = {id(task.result()) for task in tasks}
    print(f"태스크 {len(tasks)}개를 실행한 이벤트 루프: {len(loops)}개")

    coro = nothing()
    try:
        asyncio.run(coro)  # 루프 안에서 루프를 하나 더 돌릴 수는 없습니다
    except RuntimeError as e:
        coro.close()
        print("RuntimeError:", e)


asyncio.run(main())
