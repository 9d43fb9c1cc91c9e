# /// script
# requires-python = ">=3.14"
# ///
import asyncio

cache = {"A": "A.txt"}  # A 는 이미 받아 둔 파일입니다
SECONDS = {"B": 0.1, "C": 0.2}  # 나머지는 받는 데 걸리는 시간


async def look_up(name: str) -> str | None:
    return cache.get(name)  # 기다릴 일이 없어 멈추지 않고 바로 돌아옵니다


async def download(name: str) -> str:
    print(f"  {name}: 시작")
    cached = await look_up(name)  # await 이지만 여기서 멈추지는 않습니다
    if cached is not None:
        print(f"  {name}: 캐시에 있어 바로 끝납니다")
        return cached
    await asyncio.sleep(SECONDS[name])  # 여기서 처음으로 정말 멈춥니다
    print(f"  {name}: 끝")
    return f"{name}.txt"


async def main() -> None:
    a = asyncio.create_task(download("A"), eager_start=True)  # 파이썬 3.14+
    b = asyncio.create_task(download("B"))  # 보통 태스크
    c = asyncio.create_task(download("C"), eager_start=True)
    print(f"main: 만들었습니다. 끝남? A {a.done()}, B {b.done()}, C {c.done()}")
    print(f"main: 결과 {[await a, await b, await c]}")


asyncio.run(main())
