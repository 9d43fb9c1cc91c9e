import asyncio


async def worker(queue: asyncio.Queue[str], lock: asyncio.Lock) -> None:
    async with lock:
        await queue.put("일 끝")


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()  # loop 를 넘기지 않습니다
    lock = asyncio.Lock()

    task = asyncio.create_task(worker(queue, lock), name="일꾼")
    print("지금 태스크:", asyncio.current_task().get_name())
    print("모든 태스크:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await task
    print(await queue.get())

    # 루프 객체가 꼭 필요하면 실행 중인 루프를 얻습니다
    loop = asyncio.get_running_loop()
    print("루프 시계가 돌고 있나요?", loop.time() > 0)


asyncio.run(main())
