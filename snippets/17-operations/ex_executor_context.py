import asyncio
import concurrent.futures
import contextvars
import functools

request_id = contextvars.ContextVar("request_id", default="-")


def resize(image: str) -> str:
    return f"[{request_id.get()}] {image} 크기 조정"


async def run_with_context(pool, func, *args):
    """run_in_executor()처럼 실행하되, 지금 컨텍스트를 복사해 넘깁니다."""
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(pool, functools.partial(ctx.run, func, *args))


async def handle(rid: str, pool) -> None:
    request_id.set(rid)
    loop = asyncio.get_running_loop()
    print("그대로:", await loop.run_in_executor(pool, resize, "cat.png"))
    print("복사해서:", await run_with_context(pool, resize, "cat.png"))


async def main() -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        await asyncio.create_task(handle("req-9", pool))


asyncio.run(main())
