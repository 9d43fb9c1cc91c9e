import asyncio

# 2014~2018년 글의 코루틴: 데코레이터를 붙인 제너레이터와 yield from
try:
    @asyncio.coroutine
    def load_profile(user):
        yield from asyncio.sleep(0.1)
        return {"name": user}
except AttributeError as e:  # 3.11 에서 데코레이터가 없어졌습니다
    print(f"{type(e).__name__}: {e}")

# 데코레이터만 async def 로 바꾸고 yield from 을 남기면 문법 오류입니다
half_done = """
async def load_profile(user):
    yield from asyncio.sleep(0.1)
"""
try:
    compile(half_done, "<옛 코드>", "exec")
except SyntaxError as e:
    print(f"{type(e).__name__}: {e}")
