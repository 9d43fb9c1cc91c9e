import asyncio


async def fetch_weather(city: str) -> str:
    await asyncio.sleep(0.1)
    return f"{city}: 맑음"


async def main() -> None:
    # 루프 안에서는 그냥 await 합니다. 여럿을 함께 돌릴 때는 gather() 를 씁니다
    print(await fetch_weather("부산"))
    print(await asyncio.gather(fetch_weather("대전"), fetch_weather("광주")))


asyncio.run(main())  # asyncio.run() 은 프로그램의 입구에서 한 번만
