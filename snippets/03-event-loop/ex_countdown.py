import asyncio


def show(start: float, n: int) -> None:
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - start:.1f}초  {n}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()
    for i, n in enumerate([3, 2, 1]):
        loop.call_at(start + i * 0.1, show, start, n)  # 0.0, 0.1, 0.2초
    loop.call_at(start + 0.3, done.set_result, "발사!")
    print(await done)  # 콜백이 퓨처에 결과를 넣을 때까지 기다립니다
    print(f"걸린 시간: {loop.time() - start:.1f}초")


asyncio.run(main())
