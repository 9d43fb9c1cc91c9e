import asyncio

print("Exception 의 자식?", issubclass(asyncio.CancelledError, Exception))
print("BaseException 의 자식?", issubclass(asyncio.CancelledError, BaseException))


async def poll_sensor() -> None:
    attempt = 0
    while True:
        attempt += 1
        try:
            await asyncio.sleep(0.4)
            if attempt % 2 == 1:
                raise ConnectionError("센서 응답 없음")
            print(f"{attempt}번째: 읽기 성공")
        except Exception as e:  # 평범한 오류는 기록하고 계속합니다
            print(f"{attempt}번째: {type(e).__name__} 기록하고 계속")


async def main() -> None:
    task = asyncio.create_task(poll_sensor())
    await asyncio.sleep(1.4)  # 네 번째 시도를 기다리는 도중
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("센서 태스크가 취소됐나요?", task.cancelled())


asyncio.run(main())
