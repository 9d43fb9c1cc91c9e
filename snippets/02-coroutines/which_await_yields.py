import asyncio


async def helper() -> str:
    return "도우미의 결과"  # 안에서 아무것도 기다리지 않는 코루틴


async def background() -> None:
    print("    [배경 태스크] 드디어 차례가 왔습니다")


async def main() -> None:
    task = asyncio.create_task(background())  # 예약만 됩니다. 아직 실행 전
    for i in range(1, 4):
        result = await helper()  # 코루틴을 await: 루프로 돌아가지 않습니다
        print(f"{i}번째 await helper() → {result}, 배경 끝? {task.done()}")
    print("await asyncio.sleep(0)")
    await asyncio.sleep(0)  # 실제로 멈추는 await: 여기서 루프로 돌아갑니다
    print(f"다시 main, 배경 끝? {task.done()}")


asyncio.run(main())
