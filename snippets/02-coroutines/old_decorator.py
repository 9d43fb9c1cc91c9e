import asyncio

# 파이썬 3.4–3.10 시절의 글에서 볼 수 있는 코드입니다
try:

    @asyncio.coroutine
    def old_style():
        yield from asyncio.sleep(0.1)
        return "옛날 방식"

except AttributeError as e:
    print(f"{type(e).__name__}: {e}")


# 오늘날의 같은 코드
async def new_style() -> str:
    await asyncio.sleep(0.1)
    return "지금 방식"


print(asyncio.run(new_style()))
