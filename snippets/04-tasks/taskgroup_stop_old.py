import asyncio
import time

START = time.perf_counter()


def since() -> str:
    return f"{time.perf_counter() - START:.1f}초"


class Found(Exception):
    """그룹을 멈추는 데만 쓰는 예외입니다. 오류가 아닙니다."""


async def search(server: str, seconds: float, has_it: bool) -> str | None:
    try:
        await asyncio.sleep(seconds)  # 서버에서 찾는 중
    except asyncio.CancelledError:
        print(f"  {server}: 취소됨 ({since()})")
        raise
    if has_it:
        print(f"  {server}: 찾았습니다 ({since()})")
        raise Found(server)  # 나머지를 멈추려고 일부러 실패합니다
    print(f"  {server}: 없습니다 ({since()})")
    return None


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(search("서버 A", 0.1, has_it=False))
            tg.create_task(search("서버 B", 0.2, has_it=True))
            tg.create_task(search("서버 C", 0.5, has_it=False))
    except* Found as group:  # 일부러 낸 예외는 그룹 밖에서 받아 삼킵니다
        print(f"main: {group.exceptions[0]}에서 찾았습니다 ({since()})")


asyncio.run(main())
