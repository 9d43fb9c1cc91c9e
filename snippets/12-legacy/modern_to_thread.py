import asyncio
import time


def resize(name: str) -> str:
    time.sleep(0.2)  # 블로킹 함수
    return f"{name} 축소 완료"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(resize, "a.jpg"),  # 3.9+: 루프를 꺼낼 필요가 없습니다
        asyncio.to_thread(resize, "b.jpg"),
    )
    print(results, f"{time.perf_counter() - start:.1f}초")


asyncio.run(main())
