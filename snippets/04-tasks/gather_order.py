import asyncio


async def download(name: str, seconds: float) -> str:
    print(f"  {name} 시작")
    await asyncio.sleep(seconds)
    print(f"  {name} 끝")
    return f"{name}.txt"


async def main() -> None:
    waiting = asyncio.gather(  # 코루틴을 받으면 태스크로 감싸 바로 예약합니다
        download("A", 0.3),
        download("B", 0.1),
        download("C", 0.2),
    )
    print(f"gather() 가 돌려준 것은 퓨처? {isinstance(waiting, asyncio.Future)}")
    results = await waiting
    print(f"결과: {results}")  # 끝난 순서가 아니라 넘긴 순서입니다


asyncio.run(main())
