import asyncio
import time


async def ask_mirror(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)  # 미러 서버의 응답 시간이라고 합시다
    except asyncio.CancelledError:
        print(f"  {name}: 취소됨")
        raise
    return f"{name}의 응답"


async def main() -> None:
    t0 = time.perf_counter()
    tasks = [
        asyncio.create_task(ask_mirror("서울", 0.3)),
        asyncio.create_task(ask_mirror("도쿄", 0.1)),
        asyncio.create_task(ask_mirror("싱가포르", 0.2)),
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    elapsed = time.perf_counter() - t0
    print(f"끝남 {len(done)}개, 아직 {len(pending)}개 ({elapsed:.1f}초)")
    winner = done.pop()
    print(f"가장 빠른 답: {winner.result()}")

    for task in tasks:  # 나머지는 필요 없으니 취소합니다
        if task in pending:  # (집합은 순서가 없어 목록 순서대로 돕니다)
            task.cancel()
    await asyncio.wait(pending)  # 취소가 끝날 때까지 기다려 줍니다
    print(f"정리 끝 ({time.perf_counter() - t0:.1f}초)")


asyncio.run(main())
