import asyncio


async def save_draft(title: str) -> None:
    await asyncio.sleep(0.1)
    print(f"'{title}' 저장")


async def main() -> None:
    save_draft("여행 계획")  # 실수: await 를 빠뜨렸습니다
    await asyncio.sleep(0.2)
    print("main 끝: 저장했다는 말이 없습니다")


asyncio.run(main())
