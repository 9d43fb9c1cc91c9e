import asyncio


async def water_plants() -> None:
    print("화분에 물 주기")


async def main() -> None:
    water_plants()  # 실수: await 를 빠뜨렸습니다
    print("main 끝")


asyncio.run(main())
