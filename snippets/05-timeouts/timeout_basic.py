import asyncio
import time


async def fetch_report(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # 응답이 오기까지 seconds 초 걸리는 요청
    return f"보고서 {name}"


async def main() -> None:
    for name, seconds in [("A", 0.2), ("B", 1.0)]:
        start = time.perf_counter()
        try:
            async with asyncio.timeout(0.5):  # 이 블록에 0.5초를 줍니다
                report = await fetch_report(name, seconds)
            print(f"받았습니다: {report}")
        except TimeoutError:
            print(f"시간 초과: 보고서 {name} 요청을 포기했습니다")
        print(f"  걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
