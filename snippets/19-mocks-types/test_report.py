# /// script
# dependencies = ["pytest", "pytest-asyncio"]
# ///
import sys
from typing import Protocol
from unittest.mock import AsyncMock

import pytest


class WeatherClient(Protocol):
    async def get_temperature(self, city: str) -> float: ...


async def report(client: WeatherClient, city: str) -> str:
    """테스트할 코드 (보통은 다른 모듈에 있습니다)."""
    try:
        temp = await client.get_temperature(city)
    except ConnectionError:
        return f"{city}: 알 수 없음"
    return f"{city}: {temp:.1f}도"


@pytest.mark.asyncio
async def test_report_formats_temperature() -> None:
    client = AsyncMock()
    client.get_temperature.return_value = 21.5
    assert await report(client, "서울") == "서울: 21.5도"
    client.get_temperature.assert_awaited_once_with("서울")


@pytest.mark.asyncio
async def test_report_survives_connection_error() -> None:
    client = AsyncMock()
    client.get_temperature.side_effect = ConnectionError("연결 끊김")
    assert await report(client, "부산") == "부산: 알 수 없음"


if __name__ == "__main__":
    # `python test_report.py`로도 실행할 수 있게 합니다
    sys.exit(pytest.main(["-qq", "-rp", __file__]))
