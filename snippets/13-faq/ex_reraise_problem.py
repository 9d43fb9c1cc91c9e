import asyncio
import time


async def save() -> None:
    try:
        await asyncio.sleep(1)  # 오래 걸리는 저장 작업
    except:  # 모든 예외를 잡습니다
        print("저장 실패")
        await asyncio.sleep(1)  # 다시 시도하는 척


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.1):
            await save()
    except TimeoutError:
        print("시간 초과")
    print(f"끝: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
