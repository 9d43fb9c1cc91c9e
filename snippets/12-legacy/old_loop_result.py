import asyncio


async def count_visitors() -> int:
    await asyncio.sleep(0.1)
    return 128


try:
    # 옛 글의 한 줄: 이름은 loop 지만 담기는 것은 코루틴의 결과입니다
    loop = asyncio.get_event_loop().run_until_complete(count_visitors())
except RuntimeError as e:  # 3.14+: 현재 루프가 없으면 예외입니다
    print(f"{type(e).__name__}: {e}")
else:
    print(f"loop = {loop!r} ({type(loop).__name__})")
    asyncio.get_event_loop().close()  # 진짜 루프는 다시 꺼내야 닫을 수 있습니다
