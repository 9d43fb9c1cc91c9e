import asyncio
import time


def download(name: str) -> str:  # 고칠 수 없는 옛 라이브러리 함수 (블로킹)
    time.sleep(0.3)
    return f"{name} 내려받음"


async def fetch(name: str) -> str:
    return download(name)  # 루프를 0.3초씩 멈춥니다


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(name)) for name in ["A", "B", "C"]]
    print([task.result() for task in tasks])
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
