"""실패하면 잠시 쉬었다가 다시 시도하는 작은 도우미."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def retry(
    operation: Callable[[], Awaitable[T]],
    *,
    attempts: int = 3,
    delay: float = 0.1,
) -> T:
    """operation() 이 ConnectionError 를 내면 delay 초 쉬고 다시 합니다.

    attempts 번 모두 실패하면 마지막 예외를 그대로 올립니다.
    """
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except ConnectionError:
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
    raise ValueError("attempts 는 1 이상이어야 합니다")


if __name__ == "__main__":
    calls = 0

    async def shaky_ping() -> str:
        global calls
        calls += 1
        print(f"ping 시도 {calls}")
        if calls < 3:
            raise ConnectionError("응답 없음")
        return "pong"

    print("결과:", asyncio.run(retry(shaky_ping)))
