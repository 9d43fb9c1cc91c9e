import asyncio

FILES = {"a.csv": 0.3, "b.csv": 0.1, "c.csv": 0.5, "d.csv": 0.2, "e.csv": 0.4}


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return name


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(download(n, s)) for n, s in FILES.items()]
    total = len(tasks)
    for done, next_result in enumerate(asyncio.as_completed(tasks), start=1):
        name = await next_result  # 끝나는 순서대로 받습니다
        bar = "#" * done + "." * (total - done)
        elapsed = loop.time() - start
        print(f"[{bar}] {done}/{total} {done / total:4.0%} {name} ({elapsed:.1f}초)")
    print("모두 받았습니다")


asyncio.run(main())
