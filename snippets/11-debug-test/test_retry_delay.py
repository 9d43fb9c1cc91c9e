# /// script
# dependencies = ["pytest", "pytest-asyncio"]
# ///
import asyncio
import sys

import pytest

from retry_async import retry


@pytest.mark.asyncio
async def test_waits_delay_between_attempts() -> None:
    loop = asyncio.get_running_loop()
    calls: list[float] = []

    async def always_fails() -> None:
        calls.append(loop.time())  # 시도한 시각을 적어 둡니다
        raise ConnectionError("실패")

    with pytest.raises(ConnectionError):
        await retry(always_fails, attempts=3, delay=0.05)

    assert len(calls) == 3
    gaps = [later - earlier for earlier, later in zip(calls, calls[1:])]
    # 시도 사이마다 delay 만큼 쉬었습니다 (시계 오차를 조금 봐줍니다)
    assert all(gap >= 0.045 for gap in gaps)


if __name__ == "__main__":
    sys.exit(pytest.main(["-qq", "-rp", __file__]))
