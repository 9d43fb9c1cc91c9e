import asyncio


async def background() -> None:
    print("배경 작업 시작")
    try:
        await asyncio.sleep(1)
        print("배경 작업 끝")  # 찍히지 않습니다
    except asyncio.CancelledError:
        print("asyncio.run() 이 끝나면서 배경 작업을 취소했습니다")
        raise


async def main() -> None:
    asyncio.create_task(background())  # 만들어 놓고 기다리지 않습니다
    await asyncio.sleep(0.1)
    print("main 끝")


asyncio.run(main())
