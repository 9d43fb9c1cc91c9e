import asyncio
import time

# 3.11 부터 asyncio.TimeoutError 는 내장 TimeoutError 의 다른 이름입니다
same = asyncio.TimeoutError is TimeoutError
print("asyncio.TimeoutError is TimeoutError:", same)


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):  # 3.11+
            await asyncio.sleep(1)
    except TimeoutError:  # 내장 이름으로 잡으면 됩니다
        print(f"TimeoutError: {time.perf_counter() - start:.1f}초에 시간 초과")


asyncio.run(main())
