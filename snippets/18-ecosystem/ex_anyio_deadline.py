# /// script
# dependencies = ["anyio", "trio"]
# ///
import anyio
import trio


async def fetch(name: str, delay: float, done: list[str]) -> None:
    await anyio.sleep(delay)
    done.append(name)


async def main() -> None:
    done: list[str] = []
    try:
        with anyio.fail_after(0.4):  # 그룹 전체의 마감
            async with anyio.create_task_group() as tg:
                for name, delay in [("a", 0.1), ("b", 0.2), ("c", 0.8)]:
                    tg.start_soon(fetch, name, delay, done)
    except TimeoutError as exc:
        print(f"  {type(exc).__name__}: 끝난 일 {done}")


async def main_trio() -> None:
    try:
        with trio.fail_after(0.1):
            await trio.sleep(1)
    except TimeoutError:
        print("  TimeoutError")  # 여기로 오지 않습니다
    except trio.TooSlowError as exc:
        print(f"  trio.fail_after(): {type(exc).__name__}")


for backend in ("asyncio", "trio"):
    print(f"anyio, {backend} 위에서")
    anyio.run(main, backend=backend)
print("trio 그대로")
trio.run(main_trio)
