import asyncio


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name}.txt"


async def main() -> None:
    # 옛 글의 방식: 코루틴을 그대로 넘깁니다
    coros = [download("A", 0.2), download("B", 0.1)]
    try:
        await asyncio.wait(coros)
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
        for coro in coros:
            coro.close()  # 실행하지 않을 코루틴은 닫아 경고를 막습니다

    # 오늘의 방식: 태스크로 만들어 넘깁니다
    tasks = [
        asyncio.create_task(download("A", 0.2)),
        asyncio.create_task(download("B", 0.1)),
    ]
    done, pending = await asyncio.wait(tasks)
    print(f"끝남 {len(done)}개, 남음 {len(pending)}개")
    print(f"결과: {[task.result() for task in tasks]}")


asyncio.run(main())
