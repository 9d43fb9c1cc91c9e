import asyncio
import time


async def save() -> None:
    try:
        await asyncio.sleep(1)  # 오래 걸리는 저장 작업
    except asyncio.CancelledError:
        print("저장 취소: 임시 파일을 지웁니다")
        raise  # 정리한 뒤 반드시 다시 올려 보냅니다
    except Exception as e:  # 진짜 오류만 여기서 처리합니다
        print("저장 실패:", e)


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.1):
            await save()
    except TimeoutError:
        print(f"시간 초과: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
