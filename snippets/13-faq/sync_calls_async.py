import asyncio


async def lookup(key: str) -> str:
    await asyncio.sleep(0.1)
    return f"{key}=값"


def old_sync_code(loop: asyncio.AbstractEventLoop) -> str:
    # 다른 스레드에서 도는 동기 코드가, 돌고 있는 루프에 코루틴을 맡깁니다
    future = asyncio.run_coroutine_threadsafe(lookup("스레드"), loop)
    return future.result(timeout=1)  # concurrent.futures.Future: 블로킹 대기


async def main() -> None:
    loop = asyncio.get_running_loop()
    answer = await asyncio.to_thread(old_sync_code, loop)
    print("2. 스레드의 동기 코드가 받은 값:", answer)


# 1. 최상위 동기 코드(루프가 없는 곳)에서는 asyncio.run() 으로 부릅니다
print("1. 최상위 동기 코드가 받은 값:", asyncio.run(lookup("최상위")))
asyncio.run(main())
