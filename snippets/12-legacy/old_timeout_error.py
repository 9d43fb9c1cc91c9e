import asyncio


async def slow_query() -> str:
    await asyncio.sleep(1)
    return "결과"


async def main() -> None:
    try:
        await asyncio.wait_for(slow_query(), timeout=0.2)
    except asyncio.TimeoutError:  # 옛 글의 이름: 지금도 잡힙니다
        print("asyncio.TimeoutError 로 잡았습니다")
    same = asyncio.TimeoutError is TimeoutError
    print("asyncio.TimeoutError is TimeoutError:", same)


asyncio.run(main())
