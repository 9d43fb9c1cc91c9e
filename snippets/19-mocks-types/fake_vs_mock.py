import asyncio
from typing import Protocol
from unittest.mock import AsyncMock


class UserStore(Protocol):
    async def get(self, user_id: int) -> str: ...
    async def put(self, user_id: int, name: str) -> None: ...


class FakeUserStore:
    """메모리에 담아 두는 가짜 저장소. 진짜와 같은 메서드, 같은 규칙."""

    def __init__(self, rows: dict[int, str]) -> None:
        self.rows = rows

    async def get(self, user_id: int) -> str:
        return self.rows[user_id]  # 없는 사용자면 KeyError, 진짜처럼

    async def put(self, user_id: int, name: str) -> None:
        self.rows[user_id] = name


async def rename(store: UserStore, user_id: int, name: str) -> str:
    """테스트할 코드. 실수가 하나 있습니다."""
    old = await store.get(user_id)
    await store.save(user_id, name)  # 실수: 메서드 이름은 put입니다
    return f"{old} → {name}"


async def main() -> None:
    mock = AsyncMock()
    mock.get.return_value = "영희"
    print("목:", await rename(mock, 7, "민수"))  # 통과해 버립니다

    fake = FakeUserStore({7: "영희"})
    try:
        await rename(fake, 7, "민수")
    except AttributeError as exc:
        print("가짜:", exc)

    strict = AsyncMock(spec=FakeUserStore)  # spec을 주면 없는 이름을 거절합니다
    strict.get.return_value = "영희"
    try:
        await rename(strict, 7, "민수")
    except AttributeError as exc:
        print("spec 목:", exc)


asyncio.run(main())
