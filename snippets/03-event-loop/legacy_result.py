# /// script
# [tool.guide]
# expect-error = true  # 3.14+ 에서는 RuntimeError 로 끝납니다
# ///
import asyncio


async def answer() -> int:
    await asyncio.sleep(0.1)
    return 42


# 옛 글의 한 줄: 이름은 loop 지만, 담기는 것은 루프가 아닙니다
loop = asyncio.get_event_loop().run_until_complete(answer())
print(f"loop 에 담긴 것: {loop!r} ({type(loop).__name__})")
try:
    loop.close()
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
