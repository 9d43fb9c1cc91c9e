import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} 취소됨")
        raise
    if fail:
        raise ValueError(f"{name} 실패")
    print(f"  {name} 끝")
    return name


async def main() -> None:
    print("--- gather ---")
    try:
        await asyncio.gather(job("A", 0.1, fail=True), job("B", 0.2))
    except ValueError as e:
        print("  gather 가 올린 예외:", repr(e))
    await asyncio.sleep(0.2)  # B 는 아무도 기다리지 않는데도 계속 돌고 있습니다

    print("--- TaskGroup ---")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("A", 0.1, fail=True))
            tg.create_task(job("B", 0.2))
    except* ValueError as eg:
        print("  TaskGroup 이 올린 예외:", type(eg).__name__)
        print("    메시지:", eg.message)
        print("    안에 든 예외:", eg.exceptions)


asyncio.run(main())
