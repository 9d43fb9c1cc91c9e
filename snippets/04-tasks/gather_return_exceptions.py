import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    if name == "B":
        raise ValueError(f"{name} 다운로드 실패")
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    results = await asyncio.gather(
        download("A", 0.3),
        download("B", 0.2),
        download("C", 0.1),
        return_exceptions=True,  # 예외를 올리지 않고 결과 자리에 담습니다
    )
    print(f"결과 ({time.perf_counter() - t0:.1f}초): {results}")


asyncio.run(main())
