import asyncio


def callback(expected: asyncio.AbstractEventLoop) -> None:
    same = asyncio.get_running_loop() is expected
    print(f"콜백 안에서: 같은 루프인가요? {same}")


async def main() -> None:
    loop = asyncio.get_running_loop()  # 이 코루틴을 실행하는 루프
    print(f"코루틴 안에서: 루프가 실행 중인가요? {loop.is_running()}")
    loop.call_soon(callback, loop)
    await asyncio.sleep(0)  # 콜백이 실행될 차례를 줍니다


try:
    asyncio.get_running_loop()  # 실행 중인 루프가 없는 곳
except RuntimeError as e:
    print(f"루프 밖에서: {type(e).__name__}: {e}")

asyncio.run(main())
