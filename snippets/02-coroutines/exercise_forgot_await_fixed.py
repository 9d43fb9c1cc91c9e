import asyncio


async def save(note: str) -> None:
    await asyncio.sleep(0.1)
    print(f"저장: {note}")


async def main() -> None:
    for note in ["장보기", "운동"]:
        await save(note)  # await 를 붙여야 본문이 실행됩니다
    print("모두 저장했습니다")


asyncio.run(main())
