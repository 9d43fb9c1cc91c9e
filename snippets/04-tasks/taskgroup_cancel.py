# /// script
# requires-python = ">=3.15"
# ///
import asyncio
import time

START = time.perf_counter()


def since() -> str:
    return f"{time.perf_counter() - START:.1f}초"


async def search(
    tg: asyncio.TaskGroup,
    found: list[str],
    server: str,
    seconds: float,
    has_it: bool,
) -> None:
    try:
        await asyncio.sleep(seconds)  # 서버에서 찾는 중
    except asyncio.CancelledError:
        print(f"  {server}: 취소됨 ({since()})")
        raise
    if has_it:
        print(f"  {server}: 찾았습니다 ({since()})")
        found.append(server)  # 결과는 cancel() 전에 밖에 담아 둡니다
        tg.cancel()  # 파이썬 3.15+: 그룹을 조용히 끝냅니다
        return
    print(f"  {server}: 없습니다 ({since()})")


async def main() -> None:
    found: list[str] = []
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(search(tg, found, "서버 A", 0.1, has_it=False))
        b = tg.create_task(search(tg, found, "서버 B", 0.2, has_it=True))
        c = tg.create_task(search(tg, found, "서버 C", 0.5, has_it=False))
    print(f"main: 예외 없이 블록을 빠져나왔습니다 ({since()})")
    print(f"main: 찾은 곳 {found}")
    print(f"main: 취소됨? A {a.cancelled()}, B {b.cancelled()}, C {c.cancelled()}")


asyncio.run(main())
