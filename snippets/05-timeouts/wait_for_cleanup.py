import asyncio
import time

START = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - START:.1f}초"


async def upload(name: str) -> str:
    print(f"[{elapsed()}] 업로드: {name} 보내기 시작")
    try:
        await asyncio.sleep(1)  # 1초 걸리는 전송
        return "완료"
    finally:
        # 취소되어도 이 정리는 실행됩니다. 정리에도 0.2초가 걸립니다.
        print(f"[{elapsed()}] 업로드: 정리 시작 (임시 파일 삭제)")
        await asyncio.sleep(0.2)
        print(f"[{elapsed()}] 업로드: 정리 끝")


async def main() -> None:
    try:
        result = await asyncio.wait_for(upload("사진.jpg"), timeout=0.3)
        print("결과:", result)
    except TimeoutError:
        print(f"[{elapsed()}] 호출한 쪽: TimeoutError")


asyncio.run(main())
