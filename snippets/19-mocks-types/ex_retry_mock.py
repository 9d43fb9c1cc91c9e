import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar
from unittest.mock import AsyncMock

T = TypeVar("T")


async def with_retry(op: Callable[[], Awaitable[T]], attempts: int = 3) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await op()
        except ConnectionError as exc:
            print(f"  {attempt}번째 실패: {exc}")
    raise ConnectionError(f"{attempts}번 모두 실패")


async def main() -> None:
    print("두 번 실패한 뒤 성공:")
    op = AsyncMock(side_effect=[ConnectionError("첫째"), ConnectionError("둘째"), 1200])
    assert await with_retry(op) == 1200
    assert op.await_count == 3
    print(f"  결과 1200, await {op.await_count}번")

    print("언제나 실패:")
    op = AsyncMock(side_effect=ConnectionError("끊김"))
    try:
        await with_retry(op, attempts=2)
    except ConnectionError as exc:
        print("  포기:", exc)
    assert op.await_count == 2

    print("곧바로 성공:")
    op = AsyncMock(return_value="ok")
    assert await with_retry(op) == "ok"
    op.assert_awaited_once_with()
    print("  await 한 번, 인자 없이")


asyncio.run(main())
