# /// script
# dependencies = ["pytest", "pytest-asyncio"]
# ///
import asyncio
import sys

import pytest

from retry_async import retry


class FlakyService:
    """처음 failures 번은 ConnectionError 를 내고, 그 뒤로는 답하는 가짜."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    async def call(self) -> str:
        self.calls += 1
        await asyncio.sleep(0)  # 진짜 I/O 처럼 한 번 차례를 넘깁니다
        if self.calls <= self.failures:
            raise ConnectionError(f"{self.calls}번째 실패")
        return "ok"


@pytest.mark.asyncio
async def test_first_try_succeeds() -> None:
    service = FlakyService(failures=0)
    assert await retry(service.call) == "ok"
    assert service.calls == 1


@pytest.mark.asyncio
async def test_retries_until_success() -> None:
    service = FlakyService(failures=2)
    assert await retry(service.call, attempts=3, delay=0) == "ok"
    assert service.calls == 3


@pytest.mark.asyncio
async def test_gives_up_after_attempts() -> None:
    service = FlakyService(failures=5)
    with pytest.raises(ConnectionError, match="3번째 실패"):
        await retry(service.call, attempts=3, delay=0)
    assert service.calls == 3


@pytest.mark.asyncio
async def test_slow_service_hits_timeout() -> None:
    async def never_answers() -> str:
        await asyncio.sleep(10)
        return "너무 늦음"

    # 테스트가 멈추지 않게 시간제한을 겁니다
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.1):
            await retry(never_answers)


if __name__ == "__main__":
    # `python test_retry_async.py` 로도 실행할 수 있게 합니다
    sys.exit(pytest.main(["-qq", "-rp", __file__]))
