import asyncio
import time


def since(t0: float) -> str:
    return f"{time.perf_counter() - t0:.1f}초"


async def download(name: str, seconds: float, t0: float) -> str:
    await asyncio.sleep(seconds)
    if name == "B":
        raise ValueError(f"{name} 다운로드 실패")
    print(f"  {name} 끝 ({since(t0)})")
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    try:
        await asyncio.gather(
            download("A", 0.3, t0),
            download("B", 0.2, t0),  # 0.2초 뒤에 실패합니다
            download("C", 0.1, t0),
        )
    except ValueError as e:
        print(f"main: {e!r} 를 받았습니다 ({since(t0)})")
    await asyncio.sleep(0.3)  # 그동안 나머지 태스크가 어떻게 되는지 지켜봅니다
    print("main: A 는 취소되지 않고 끝까지 실행되었습니다")


asyncio.run(main())
