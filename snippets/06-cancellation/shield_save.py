import asyncio
import time


def log(start: float, message: str) -> None:
    print(f"  [{time.perf_counter() - start:.1f}초] {message}")


async def save_order(order: str, start: float) -> str:
    log(start, f"저장 시작: {order}")
    try:
        await asyncio.sleep(0.5)  # 데이터베이스에 쓰는 중
    except asyncio.CancelledError:
        log(start, "저장이 중간에 끊겼습니다!")
        raise
    log(start, f"저장 끝: {order}")
    return "저장됨"


async def main() -> None:
    for protect in [False, True]:
        print(f"--- shield {'있음' if protect else '없음'} ---")
        start = time.perf_counter()
        # 태스크를 변수에 담아 둡니다: 이 참조가 태스크를 살려 둡니다
        save_task = asyncio.create_task(save_order("주문-7", start))
        try:
            async with asyncio.timeout(0.2):  # 응답은 0.2초까지만 기다립니다
                try:
                    if protect:
                        await asyncio.shield(save_task)
                    else:
                        await save_task
                except asyncio.CancelledError:
                    log(start, "블록 안: CancelledError")
                    raise  # 블록 출구에서 TimeoutError 로 바뀝니다
        except TimeoutError:
            log(start, "블록 밖: TimeoutError (응답 시간 초과)")
        if save_task.cancelled():
            print("  결과: 저장 태스크가 취소됐습니다")
        else:
            print(f"  결과: {await save_task}")  # 저장이 끝나기를 기다립니다


asyncio.run(main())
