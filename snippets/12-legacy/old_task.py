import asyncio


async def fetch_avatar(user: str) -> str:
    await asyncio.sleep(0.1)
    return f"{user}.png"


# 아주 옛 글의 asyncio.async(): 3.7 부터 async 가 예약어라 문법 오류입니다
try:
    compile("task = asyncio.async(fetch_avatar('minji'))", "<옛 코드>", "exec")
except SyntaxError as e:
    print(f"{type(e).__name__}: {e}")


async def main() -> None:
    # 아직 동작하지만 권하지 않는 두 방법
    first = asyncio.Task(fetch_avatar("minji"))  # Task 를 직접 만들기
    second = asyncio.ensure_future(fetch_avatar("jun"))  # 저수준 함수
    print(await first, await second)


asyncio.run(main())
