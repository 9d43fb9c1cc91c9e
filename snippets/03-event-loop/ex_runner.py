import asyncio


async def take_orders(queue: asyncio.Queue) -> None:
    for item in ["커피", "빵", "우유"]:
        await queue.put(item)
        print(f"주문 받음: {item}")


async def serve(queue: asyncio.Queue) -> None:
    while not queue.empty():
        item = await queue.get()
        await asyncio.sleep(0.1)
        print(f"내어 줌: {item}")


with asyncio.Runner() as runner:  # 루프 하나를 두 번의 실행이 함께 씁니다
    queue = asyncio.Queue()
    runner.run(take_orders(queue))
    print("--- 주문 마감 (동기 코드) ---")
    runner.run(serve(queue))
