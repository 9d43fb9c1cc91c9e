# /// script
# [tool.guide]
# expect-error = true  # 3.14+ 에서는 RuntimeError 로 끝납니다
# ///
import asyncio


async def greet(name: str) -> str:
    await asyncio.sleep(0.1)
    return f"안녕하세요, {name}"


# 옛 글에서 자주 보는 방식입니다. 새 코드에서는 쓰지 마세요.
loop = asyncio.get_event_loop()
try:
    print(loop.run_until_complete(greet("여러분")))
finally:
    loop.close()
