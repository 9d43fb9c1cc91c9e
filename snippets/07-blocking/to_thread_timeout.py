import asyncio
import time

T0 = time.perf_counter()


def export_csv() -> None:
    time.sleep(0.3)  # 블로킹 함수: 스레드에서 돕니다
    print(f"{time.perf_counter() - T0:.1f}초 스레드: 그래도 끝까지 실행했습니다")


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            await asyncio.to_thread(export_csv)
    except TimeoutError:
        print(f"{time.perf_counter() - T0:.1f}초 main: 시간 초과, 그만 기다립니다")


asyncio.run(main())  # 끝나기 전에 기본 실행기의 스레드가 끝나기를 기다립니다
print(f"{time.perf_counter() - T0:.1f}초 asyncio.run() 이 돌아왔습니다")
