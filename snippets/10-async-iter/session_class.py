import asyncio


class Session:
    """열고 닫는 데 기다림이 필요한 자원 (예: 데이터베이스 연결)."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Session":
        await asyncio.sleep(0.1)  # 연결을 여는 데 시간이 걸립니다
        print(f"{self.name}: 열기")
        return self  # async with ... as s 의 s 가 됩니다

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0.1)  # 닫을 때도 기다립니다
        reason = exc_type.__name__ if exc_type else "없음"
        print(f"{self.name}: 닫기 (블록 안의 예외: {reason})")
        return False  # False(또는 None): 예외를 그대로 밖으로 내보냅니다

    async def query(self, sql: str) -> str:
        await asyncio.sleep(0.1)
        return f"{sql!r} 결과"


async def main() -> None:
    async with Session("첫째") as s:
        print(await s.query("SELECT 1"))

    try:
        async with Session("둘째"):
            raise ValueError("블록 안에서 문제가 생겼습니다")
    except ValueError as e:
        print(f"밖에서 잡음: {e}")


asyncio.run(main())
