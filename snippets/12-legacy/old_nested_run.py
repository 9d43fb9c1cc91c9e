import asyncio


async def fetch_weather(city: str) -> str:
    await asyncio.sleep(0.1)
    return f"{city}: 맑음"


def weather_sync(city: str) -> str:
    """동기 함수처럼 쓰려고 asyncio.run() 으로 감싼 도우미."""
    coro = fetch_weather(city)
    try:
        return asyncio.run(coro)
    except RuntimeError as e:
        coro.close()  # 실행하지 못한 코루틴을 닫습니다
        return f"{type(e).__name__}: {e}"


async def main() -> None:
    # 이미 루프가 도는 곳(주피터 셀, 웹 프레임워크, 코루틴)에서 부르면
    print(weather_sync("부산"))


print(weather_sync("서울"))  # 루프 밖에서는 동작합니다
asyncio.run(main())
