import asyncio
from typing import Protocol
from unittest.mock import AsyncMock


class WeatherClient(Protocol):
    async def get_temperature(self, city: str) -> float: ...


async def report(client: WeatherClient, city: str) -> str:
    """테스트할 코드: 기온을 물어 한 줄로 만듭니다."""
    try:
        temp = await client.get_temperature(city)
    except ConnectionError:
        return f"{city}: 알 수 없음"
    return f"{city}: {temp:.1f}도"


async def main() -> None:
    client = AsyncMock()
    client.get_temperature.return_value = 21.5  # await하면 나올 값
    print(await report(client, "서울"))
    client.get_temperature.assert_awaited_once_with("서울")
    print("받은 인자:", client.get_temperature.await_args)

    client.get_temperature.side_effect = ConnectionError("연결 끊김")
    print(await report(client, "부산"))

    # 목록이면 await할 때마다 하나씩: 값은 돌려주고, 예외는 일으킵니다
    client.get_temperature.side_effect = [18.0, ConnectionError(), 25.0]
    for city in ["대전", "대구", "광주"]:
        print(await report(client, city))
    print("await 횟수:", client.get_temperature.await_count)

    try:
        client.get_temperature.assert_awaited_once_with("광주")
    except AssertionError as exc:
        print("AssertionError:", exc)
    try:
        await client.get_temperature("울산")  # 목록이 바닥났습니다
    except StopAsyncIteration:
        print("목록이 바닥나면 StopAsyncIteration")


asyncio.run(main())
