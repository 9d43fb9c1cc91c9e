import asyncio


async def load_profile(user: str) -> dict[str, str]:
    await asyncio.sleep(0.1)
    return {"name": user}


# 옛 글의 모양에서 AttributeError 를 피하려고 @asyncio.coroutine 만 지운 코드
def show_profile():
    profile = yield from asyncio.Task(load_profile("minji"))
    print("받은 프로필:", profile)


gen = show_profile()  # 데코레이터가 없으니 그냥 제너레이터입니다
try:
    asyncio.run(gen)
    print("asyncio.run() 이 제너레이터를 받아 끝까지 돌렸습니다")
except (ValueError, TypeError) as e:  # 3.12–3.13 은 ValueError, 3.14+ 는 TypeError
    print(f"{type(e).__name__}: {e}")
    gen.close()
