import asyncio
import time

START = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - START:.1f}초"


async def main() -> None:
    try:
        async with asyncio.timeout(0.3):
            try:
                print("블록 안: 1초 걸리는 일을 기다립니다")
                await asyncio.sleep(1)
            except TimeoutError:
                print("블록 안의 except TimeoutError: 실행되지 않습니다")
            except asyncio.CancelledError:
                print(f"블록 안: CancelledError 가 왔습니다 ({elapsed()})")
                raise  # 취소는 반드시 다시 올립니다 (6장)
            print("블록의 마지막 줄: 이 줄도 실행되지 않습니다")
    except TimeoutError:
        print(f"블록 밖: TimeoutError 를 잡았습니다 ({elapsed()})")
    print("그다음 코드는 평소처럼 이어집니다")


asyncio.run(main())
