import asyncio


async def fetch_quote(source: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{source} 시세"


async def main() -> None:
    tasks = [
        asyncio.create_task(fetch_quote(source, seconds), name=source)
        for source, seconds in [("서울", 0.1), ("부산", 0.2), ("제주", 2.0)]
    ]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    # wait() 는 시간이 다 되어도 TimeoutError 를 내지 않고,
    # 아무것도 취소하지 않습니다

    # done 과 pending 은 집합(set)이라 순서가 없으므로 정렬해서 찍습니다
    print("끝난 것:", sorted(task.result() for task in done))
    print("남은 것:", [task.get_name() for task in pending])
    for task in pending:
        task.cancel()  # 남은 태스크는 우리가 직접 취소합니다
    # 취소가 실제로 끝나기를 기다립니다
    await asyncio.gather(*pending, return_exceptions=True)
    print("취소됐나요?", [task.cancelled() for task in pending])


asyncio.run(main())
