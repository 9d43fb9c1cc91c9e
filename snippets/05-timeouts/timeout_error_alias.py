import asyncio
import concurrent.futures

# 3.11부터 세 이름이 모두 같은 내장 클래스를 가리킵니다
print(asyncio.TimeoutError is TimeoutError)
print(concurrent.futures.TimeoutError is TimeoutError)
print([cls.__name__ for cls in TimeoutError.__mro__])


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except asyncio.TimeoutError as e:  # 예전 글의 이름으로 잡아도
        print("잡은 예외:", type(e).__name__, type(e) is TimeoutError)


asyncio.run(main())
