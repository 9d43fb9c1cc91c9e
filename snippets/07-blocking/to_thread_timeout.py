import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.perf_counter()


def export_csv(month: str) -> None:
    print(f"{time.perf_counter() - T0:.1f}초 스레드: {month} 내보내기 시작")
    time.sleep(0.3)  # 블로킹 함수: 스레드에서 돕니다
    print(f"{time.perf_counter() - T0:.1f}초 스레드: {month} 그래도 끝까지 실행했습니다")


async def main() -> None:
    # 기본 실행기의 스레드를 하나로 줄여서, 두 번째 호출이 줄을 서게 합니다
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=1))
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.to_thread(export_csv, "1월"))  # 곧바로 시작
                tg.create_task(asyncio.to_thread(export_csv, "2월"))  # 줄을 서서 기다림
    except TimeoutError:
        print(f"{time.perf_counter() - T0:.1f}초 main: 시간 초과, 그만 기다립니다")


asyncio.run(main())  # 끝나기 전에 기본 실행기의 스레드가 끝나기를 기다립니다
print(f"{time.perf_counter() - T0:.1f}초 asyncio.run() 이 돌아왔습니다")
