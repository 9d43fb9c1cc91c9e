import asyncio

MIRRORS = [("서울", 0.3), ("도쿄", 0.1), ("프랑크푸르트", 0.5)]


async def download(mirror: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{mirror} 미러에서 받은 파일"


async def main() -> None:
    tasks = [asyncio.create_task(download(m, d), name=m) for m, d in MIRRORS]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)  # 취소가 끝날 때까지
    print(done.pop().result())
    print("취소한 미러:", [t.get_name() for t in tasks if t.cancelled()])


asyncio.run(main())
