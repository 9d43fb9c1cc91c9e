import asyncio
from unittest.mock import MagicMock, create_autospec, patch


class WeatherClient:
    async def get_temperature(self, city: str) -> float:
        raise RuntimeError("테스트에서 진짜 API를 부르면 안 됩니다")


async def report(client: WeatherClient, city: str) -> str:
    temp = await client.get_temperature(city)
    return f"{city}: {temp:.1f}도"


async def main() -> None:
    client = MagicMock()  # 부르면 MagicMock을 돌려줄 뿐, await할 수 없습니다
    try:
        print(await report(client, "서울"))
    except TypeError as exc:
        print("MagicMock:", exc)

    # spec을 주면 async def 메서드는 AsyncMock이 됩니다
    spec_client = MagicMock(spec=WeatherClient)
    print("spec:", type(spec_client.get_temperature).__name__)

    # create_autospec은 인자가 진짜 시그니처와 맞는지도 검사합니다
    auto = create_autospec(WeatherClient, instance=True)
    print("autospec:", type(auto.get_temperature).__name__)
    try:
        await auto.get_temperature("서울", "섭씨")
    except TypeError as exc:
        print("autospec:", exc)

    # patch는 async def를 바꿀 때 AsyncMock을 씁니다 (3.8+)
    with patch.object(WeatherClient, "get_temperature", return_value=21.5) as fake:
        print("patch:", type(fake).__name__)
        print(await report(WeatherClient(), "서울"))
        fake.assert_awaited_once_with("서울")


asyncio.run(main())
