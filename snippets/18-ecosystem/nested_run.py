# /// script
# dependencies = ["asgiref"]
# ///
import asyncio

from asgiref.sync import async_to_sync, sync_to_async

MAIN_LOOP: asyncio.AbstractEventLoop | None = None  # main()이 채웁니다


async def fetch_rate() -> str:
    await asyncio.sleep(0.1)
    same = asyncio.get_running_loop() is MAIN_LOOP
    return f"1350원 ({'main()의 루프' if same else '새 루프'}에서)"


def rate_with_run() -> str:
    """옛 동기 도우미: 속에서 asyncio.run()을 부릅니다."""
    coro = fetch_rate()
    try:
        return asyncio.run(coro)
    finally:
        coro.close()  # 실행하지 못했다면 "never awaited" 경고를 막습니다


rate_with_asgiref = async_to_sync(fetch_rate)  # 같은 일을 asgiref로


async def main() -> None:
    global MAIN_LOOP
    MAIN_LOOP = asyncio.get_running_loop()
    # 루프가 도는 스레드에서 동기 도우미를 부르면
    for helper in (rate_with_run, rate_with_asgiref):
        try:
            helper()
        except RuntimeError as exc:
            print(f"RuntimeError: {exc}")
    # 고치는 법 1: 이미 루프 안이라면 비동기 함수를 그대로 await
    print("await:", await fetch_rate())
    # 고치는 법 2: 동기 도우미를 바꿀 수 없다면 다른 스레드에서 부릅니다
    print("to_thread:", await asyncio.to_thread(rate_with_run))
    print("sync_to_async:", await sync_to_async(rate_with_asgiref)())


asyncio.run(main())
