import asyncio


async def no_wait() -> str:
    return "바로 끝"


async def nap() -> None:
    await asyncio.sleep(0)


async def wait_for(future: asyncio.Future) -> int:
    return await future


def step(coro):
    """이벤트 루프 대신 send(None) 을 한 번 부르고 무슨 일이 생기는지 봅니다."""
    try:
        out = coro.send(None)
    except StopIteration as stop:
        print(f"  끝났습니다. 결과: {stop.value!r}")
        return None
    print(f"  멈췄습니다. 바깥으로 올라온 것: {type(out).__name__}")
    return out


async def main() -> None:
    print("1. 아무것도 기다리지 않는 코루틴")
    step(no_wait())

    print("2. asyncio.sleep(0) 을 await 하는 코루틴")
    coro = nap()
    step(coro)  # None 이 올라옵니다: '한 바퀴 양보' 라는 뜻
    step(coro)

    print("3. 퓨처를 await 하는 코루틴")
    future = asyncio.get_running_loop().create_future()
    coro = wait_for(future)
    out = step(coro)
    print(f"  올라온 것이 바로 그 퓨처인가요? {out is future}")
    future.set_result(42)  # 퓨처가 완료된 뒤에
    step(coro)             # 다시 send 하면 이어서 실행됩니다


asyncio.run(main())
