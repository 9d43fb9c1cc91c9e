import asyncio


async def count_visitors() -> int:
    await asyncio.sleep(0.1)
    return 128


# 옛 글의 세 줄: 루프를 얻고, 돌리고, 닫습니다
try:
    loop = asyncio.get_event_loop()
except RuntimeError as e:  # 3.14+: 현재 루프가 없으면 예외입니다
    print(f"{type(e).__name__}: {e}")
else:
    try:
        print("방문자:", loop.run_until_complete(count_visitors()))
    finally:
        loop.close()
