import asyncio
import time

start = time.perf_counter()


def now() -> str:
    return f"{time.perf_counter() - start:.1f}초"


async def boil_water(seconds: float) -> str:
    print(f"  [물] 끓이기 시작 ({now()})")
    await asyncio.sleep(seconds)
    print(f"  [물] 다 끓었습니다 ({now()})")
    return "뜨거운 물"


async def main() -> None:
    task = asyncio.create_task(boil_water(0.5))
    print("main: 태스크를 만들었습니다. 아직 시작하지 않았습니다")
    print("main: 컵을 꺼내 씻습니다 (0.1초 걸리는, await 없는 평범한 코드)")
    time.sleep(0.1)  # await 가 아니므로 차례를 넘기지 않고 붙잡습니다
    await asyncio.sleep(0.2)  # 여기서 처음으로 이벤트 루프에 차례를 넘깁니다
    print(f"main: 티백을 넣었습니다 ({now()})")
    water = await task  # 태스크가 끝날 때까지 기다리고 결과를 받습니다
    print(f"main: 받은 결과 = {water!r} ({now()})")


asyncio.run(main())
