import asyncio


async def slow_query() -> str:
    await asyncio.sleep(1)
    return "결과"


async def main() -> None:
    try:
        await asyncio.wait_for(slow_query(), timeout=0.2)
    except asyncio.TimeoutError as e:  # 옛 글의 이름: 지금도 잡힙니다
        print("asyncio.TimeoutError 로 잡았습니다")
        # 트레이스백에 찍히는 이름: 3.8–3.10 에서는 asyncio.exceptions.TimeoutError
        print("실제 예외 클래스:", f"{type(e).__module__}.{type(e).__name__}")
    # 옛 글의 두 이름 모두 내장 TimeoutError 의 별칭입니다 (3.11+)
    print("asyncio.TimeoutError is TimeoutError:",
          asyncio.TimeoutError is TimeoutError)
    print("asyncio.exceptions.TimeoutError is TimeoutError:",
          asyncio.exceptions.TimeoutError is TimeoutError)


asyncio.run(main())
