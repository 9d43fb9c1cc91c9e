import asyncio


async def helper(n: int) -> None:  # 안에서 아무것도 기다리지 않는 코루틴
    print(f"  helper({n}) 실행")


async def other() -> None:
    print("  다른 태스크 실행")


async def main() -> None:
    task = asyncio.create_task(other())  # 예약만 해 둡니다
    print("코루틴을 세 번 await 합니다")
    for n in range(3):
        await helper(n)  # 함수처럼 곧바로 실행될 뿐, 루프로 돌아가지 않습니다
    print("asyncio.sleep(0) 을 await 합니다")
    await asyncio.sleep(0)  # 실제로 멈추는 await: 여기서 처음으로 양보합니다
    await task


asyncio.run(main())
