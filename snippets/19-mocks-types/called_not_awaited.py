import asyncio
from typing import Protocol
from unittest.mock import AsyncMock


class Sender(Protocol):
    async def send(self, text: str) -> None: ...


async def notify(sender: Sender) -> None:
    """테스트할 코드. 실수: send()를 부르기만 하고 await하지 않았습니다."""
    sender.send("안녕")  # type: ignore[unused-coroutine]


async def main() -> None:
    sender = AsyncMock()
    await notify(sender)
    sender.send.assert_called_once_with("안녕")  # 통과해 버립니다
    print("assert_called_once_with: 통과")
    try:
        sender.send.assert_awaited_once_with("안녕")
    except AssertionError as exc:
        print("assert_awaited_once_with:", exc)


asyncio.run(main())
