import asyncio
import time


async def blocking(name: str, seconds: float) -> None:
    print(f"{name} 요청")
    time.sleep(seconds)  # requests.get() 처럼 루프 전체를 멈추는 호출
    print(f"{name} 응답")


async def non_blocking(name: str, seconds: float) -> None:
    print(f"{name} 요청")
    await asyncio.sleep(seconds)  # 비동기 클라이언트처럼 기다리는 동안 양보
    print(f"{name} 응답")


async def in_thread(name: str, seconds: float) -> None:
    print(f"{name} 요청")
    await asyncio.to_thread(time.sleep, seconds)  # 블로킹 호출을 스레드로
    print(f"{name} 응답")


async def main() -> None:
    for job in [blocking, non_blocking, in_thread]:
        print(f"--- {job.__name__} ---")
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            for name, seconds in [("A", 0.1), ("B", 0.2), ("C", 0.3)]:
                tg.create_task(job(name, seconds))
        print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
