import asyncio


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except TimeoutError:
                # 이 줄은 실행되지 않습니다
                print("블록 안에서 TimeoutError 를 잡았습니다")
            except asyncio.CancelledError:
                print("블록 안에서는 CancelledError 가 보입니다")
                raise  # 다시 올려 보내야 timeout() 이 TimeoutError 로 바꿉니다
    except TimeoutError:
        print("블록 바깥에서 TimeoutError 를 잡았습니다")


asyncio.run(main())
