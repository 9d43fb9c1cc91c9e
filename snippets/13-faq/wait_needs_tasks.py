import asyncio


async def job(n: int) -> int:
    await asyncio.sleep(n / 10)
    return n * 10


async def main() -> None:
    coros = [job(1), job(2), job(3)]
    try:
        await asyncio.wait(coros)  # 옛 글의 방식: 3.11 부터 거부됩니다
    except TypeError as e:
        print("TypeError:", e)
        for coro in coros:
            coro.close()  # 실행되지 못한 코루틴을 정리합니다

    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)  # 태스크로 감싸면 됩니다
    print("wait():", sorted(t.result() for t in done), "남은 것", len(pending))

    print("gather():", await asyncio.gather(job(1), job(2), job(3)))


asyncio.run(main())
