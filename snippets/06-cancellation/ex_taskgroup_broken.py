import asyncio
import time


async def fail_fast() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("잘못된 입력")


async def cleanup_forever() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  취소 요청을 무시하고 정리를 계속합니다")
        await asyncio.sleep(0.5)


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_fast())
            cleaner = tg.create_task(cleanup_forever())
    except* ValueError as group:
        print(f"오류 보고: {group.exceptions[0]!r}")
    print(f"오류를 안 시간: {time.perf_counter() - start:.1f}초")
    print(f"cleanup_forever() 태스크가 취소됨으로 끝났나요? {cleaner.cancelled()}")


asyncio.run(main())
