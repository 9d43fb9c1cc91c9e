import asyncio
import time

START = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - START:.1f}초"


async def step(name: str, seconds: float) -> None:
    await asyncio.sleep(seconds)
    print(f"[{elapsed()}] {name} 완료")


async def main() -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.9  # 전체 마감 시간: 지금부터 0.9초 뒤
    steps = [("A", 0.2), ("B", 0.5), ("C", 0.2), ("D", 0.4)]
    try:
        async with asyncio.timeout_at(deadline):  # 바깥: 전체 0.9초
            for name, seconds in steps:
                try:
                    async with asyncio.timeout(0.3):  # 안쪽: 단계마다 0.3초
                        await step(name, seconds)
                except TimeoutError:
                    print(f"[{elapsed()}] {name} 단계 시간 초과, 건너뜁니다")
    except TimeoutError:
        print(f"[{elapsed()}] 전체 마감 시간 초과, 나머지를 포기합니다")


asyncio.run(main())
