import asyncio
import time


def resize(name: str) -> str:
    time.sleep(0.2)  # 블로킹 함수
    return f"{name} 축소 완료"


async def main() -> None:
    loop = asyncio.get_event_loop()  # 코루틴 안에서는 지금 도는 루프를 줍니다
    start = time.perf_counter()
    results = await asyncio.gather(
        loop.run_in_executor(None, resize, "a.jpg"),
        loop.run_in_executor(None, resize, "b.jpg"),
    )
    print(results, f"{time.perf_counter() - start:.1f}초")


asyncio.run(main())
