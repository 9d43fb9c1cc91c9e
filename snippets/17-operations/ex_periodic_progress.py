import asyncio


async def job(seconds: float) -> None:
    await asyncio.sleep(seconds)


async def report(done: list[int], total: int, every: float) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    while True:
        await asyncio.sleep(every)
        print(f"{loop.time() - start:.1f}초: {done[0]}/{total} 끝 ({done[0] / total:.0%})")


async def main() -> None:
    total = 300
    done = [0]  # 콜백이 고칠 수 있게 리스트에 담습니다

    def count(task: asyncio.Task) -> None:
        done[0] += 1

    reporter = asyncio.create_task(report(done, total, every=0.5))
    async with asyncio.TaskGroup() as tg:
        for i in range(total):
            task = tg.create_task(job((0.25, 0.75, 1.25)[i % 3]))
            task.add_done_callback(count)
    reporter.cancel()
    print(f"모두 끝: {done[0]}/{total}")


asyncio.run(main())
