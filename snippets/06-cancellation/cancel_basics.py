import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


async def backup() -> None:
    try:
        for step in range(1, 4):
            log(f"백업: {step}단계 시작")
            try:
                await asyncio.sleep(0.4)  # 단계마다 0.4초
            except asyncio.CancelledError:
                log(f"백업: {step}단계의 await 에서 CancelledError")
                raise  # 정리는 finally 에 맡기고 취소를 그대로 올립니다
        log("백업: 모두 끝")
    finally:
        log("백업: finally 에서 임시 파일 정리")


async def main() -> None:
    task = asyncio.create_task(backup())
    await asyncio.sleep(1.0)  # 3단계 도중에 취소합니다
    log(f"main: cancel() → {task.cancel()}")
    log(f"main: 바로 cancelled() → {task.cancelled()}")  # 아직 요청일 뿐
    try:
        await task
    except asyncio.CancelledError:
        log("main: await task 가 CancelledError 를 냈습니다")
    log(f"main: 이제 cancelled() → {task.cancelled()}, done() → {task.done()}")
    log(f"main: 끝난 태스크에 다시 cancel() → {task.cancel()}")


asyncio.run(main())
