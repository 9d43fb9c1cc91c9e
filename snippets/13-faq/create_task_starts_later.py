import asyncio


async def child() -> None:
    print("2. 자식 태스크 시작")


async def main() -> None:
    task = asyncio.create_task(child())  # 실행을 예약할 뿐입니다
    print("1. create_task() 직후: 자식은 아직 시작 전")
    await asyncio.sleep(0)  # 여기서 main 이 양보하면 그때 자식이 돕니다
    print("3. 첫 await 뒤")
    await task


asyncio.run(main())
