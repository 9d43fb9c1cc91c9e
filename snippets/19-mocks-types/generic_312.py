# /// script
# requires-python = ">=3.12"
# ///
import asyncio
from collections.abc import Awaitable, Callable


async def first_ok[T](*ops: Callable[[], Awaitable[T]]) -> T:
    """ops를 차례로 시도해 처음 성공한 결과를 돌려줍니다 (3.12+ 문법)."""
    for op in ops:
        try:
            return await op()
        except ConnectionError as exc:
            print("실패:", exc)
    raise ConnectionError("모두 실패")


async def primary() -> str:
    raise ConnectionError("주 서버가 답하지 않음")


async def replica() -> str:
    await asyncio.sleep(0.1)
    return "복제 서버의 답"


async def main() -> None:
    answer = await first_ok(primary, replica)  # answer: str
    print(answer.upper())


asyncio.run(main())
