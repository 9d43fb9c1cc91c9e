import asyncio
from contextlib import aclosing


async def read_rows(label: str):
    print(f"  [{label}] 연결 열기")
    try:
        for number in range(1, 100):
            await asyncio.sleep(0.1)  # 한 줄을 읽어 오는 데 걸리는 시간
            yield number
    finally:
        print(f"  [{label}] 연결 닫기 (finally)")


async def without_aclosing() -> None:
    print("aclosing 없이:")
    rows = read_rows("A")
    async for number in rows:
        if number == 2:
            break  # 반복을 일찍 그만둡니다
    print("  반복을 빠져나왔습니다")
    await asyncio.sleep(0.3)  # 다른 일을 합니다
    print("  다른 일도 끝났습니다")


async def with_aclosing() -> None:
    print("aclosing 과 함께:")
    async with aclosing(read_rows("B")) as rows:
        async for number in rows:
            if number == 2:
                break
    print("  반복을 빠져나왔습니다")  # finally 는 이미 실행됐습니다


async def main() -> None:
    await without_aclosing()
    await with_aclosing()
    print("main 끝")


asyncio.run(main())
