import asyncio


async def count_visitors(day: str) -> int:
    await asyncio.sleep(0.1)
    return {"월": 128, "화": 97, "수": 143}[day]


async def main() -> None:
    print("월요일 방문자:", await count_visitors("월"))


# 진입점 하나: 루프를 만들고, main() 을 돌리고, 정리하고 닫습니다
asyncio.run(main())

# 동기 코드에서 여러 번 불러야 한다면 Runner 로 루프 하나를 다시 씁니다 (3.11+)
with asyncio.Runner() as runner:
    for day in ["화", "수"]:
        print(f"{day}요일 방문자:", runner.run(count_visitors(day)))
