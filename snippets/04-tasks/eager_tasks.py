# /// script
# requires-python = ">=3.12"
# ///
import asyncio

cache = {"A": "A.txt"}  # A 는 이미 받아 둔 파일입니다


async def download(name: str) -> str:
    print(f"  {name}: 시작")
    if name in cache:
        return cache[name]  # await 없이 바로 끝납니다
    await asyncio.sleep(0.1)
    print(f"  {name}: 끝")
    return f"{name}.txt"


async def main(eager: bool) -> None:
    if eager:  # 파이썬 3.12+
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print(f"--- {'즉시 시작' if eager else '보통'} 태스크 ---")
    a = asyncio.create_task(download("A"))
    b = asyncio.create_task(download("B"))
    print(f"main: 태스크를 만들었습니다. A 끝남? {a.done()}, B 끝남? {b.done()}")
    print(f"main: 결과 {[await a, await b]}")


asyncio.run(main(eager=False))
asyncio.run(main(eager=True))
