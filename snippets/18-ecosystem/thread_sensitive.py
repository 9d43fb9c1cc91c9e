# /// script
# dependencies = ["asgiref"]
# ///
import asyncio
import threading
import time

from asgiref.sync import sync_to_async


def blocking_query(n: int, used: set[int]) -> int:
    used.add(threading.get_ident())  # 어느 스레드에서 돌았는지 모읍니다
    time.sleep(0.2)  # 동기 DB 드라이버가 기다리는 시간
    return n


async def run_three(thread_sensitive: bool) -> None:
    used: set[int] = set()
    query = sync_to_async(blocking_query, thread_sensitive=thread_sensitive)
    start = time.monotonic()
    results = await asyncio.gather(*(query(n, used) for n in range(3)))
    elapsed = time.monotonic() - start
    print(f"thread_sensitive={thread_sensitive}: {results}, "
          f"스레드 {len(used)}개, {elapsed:.1f}초")


async def main() -> None:
    await run_three(thread_sensitive=True)   # 기본값: 스레드 하나에서 차례로
    await run_three(thread_sensitive=False)  # 루프의 기본 실행기에서 함께


asyncio.run(main())
