import asyncio


async def greet(name: str) -> str:
    await asyncio.sleep(0.1)
    return f"안녕하세요, {name}"


print(asyncio.run(greet("여러분")))  # 끝나면서 '현재 루프' 를 비웁니다

try:
    loop = asyncio.get_event_loop()  # 옛 방식으로 루프를 하나 더 얻으려 하면
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
