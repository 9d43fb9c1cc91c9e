import asyncio


async def fetch_report() -> str:
    await asyncio.sleep(0.1)
    return "보고서"


async def notebook() -> None:
    """노트북 흉내: 셀의 코드는 이미 돌고 있는 이벤트 루프 안에서 실행됩니다."""
    coro = fetch_report()
    try:
        asyncio.run(coro)  # 스크립트에서 하던 대로 써 보면…
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        # 실행되지 못한 코루틴을 닫습니다 (안 닫으면 경고가 납니다)
        coro.close()
    print(await fetch_report())  # 이미 루프 안이므로 그냥 await 하면 됩니다


asyncio.run(notebook())
