import asyncio


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    if name == "B":
        raise ConnectionError(f"{name} 응답 없음")
    print(f"  {name} 끝")
    return f"{name}.txt"


async def download_or_none(name: str, seconds: float) -> str | None:
    try:
        return await download(name, seconds)
    except ConnectionError as e:  # 예상한 실패는 여기서 처리합니다
        print(f"  {name} 실패: {e}")
        return None


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = {
            name: tg.create_task(download_or_none(name, seconds))
            for name, seconds in [("A", 0.3), ("B", 0.1), ("C", 0.2)]
        }
    print({name: task.result() for name, task in tasks.items()})


asyncio.run(main())
