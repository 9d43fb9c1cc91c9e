import asyncio


async def job() -> None:
    print("job 본문 실행")


async def main() -> None:
    job()  # await 를 빠뜨렸습니다: 코루틴 객체만 만들고 버립니다
    await asyncio.sleep(0.1)
    print("main 끝 (job 본문은 한 번도 실행되지 않았습니다)")


asyncio.run(main())
