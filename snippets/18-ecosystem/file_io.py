# /// script
# dependencies = ["aiofiles"]
# ///
import asyncio
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiofiles


class CountingExecutor(ThreadPoolExecutor):
    """스레드에 맡긴 일의 수를 세는 실행기."""

    jobs = 0

    def submit(self, fn, /, *args, **kwargs):
        self.jobs += 1
        return super().submit(fn, *args, **kwargs)


async def counted(label: str, pool: CountingExecutor, coro) -> None:
    before = pool.jobs
    result = await coro
    print(f"{label}: {result}, 스레드에 맡긴 일 {pool.jobs - before}번")


async def write_lines(path: Path) -> str:
    async with aiofiles.open(path, "w") as f:  # 여는 것도 스레드에서
        for n in range(1000):
            await f.write(f"{n}번째 줄\n")  # write() 한 번마다 스레드에 맡깁니다
    return "1000줄 씀"


async def count_lines(path: Path) -> str:
    lines = 0
    async with aiofiles.open(path) as f:
        async for _ in f:  # 한 줄마다 readline()을 스레드에 맡깁니다
            lines += 1
    return f"{lines}줄 읽음"


async def write_whole(path: Path) -> str:
    text = "".join(f"{n}번째 줄\n" for n in range(1000))
    await asyncio.to_thread(path.write_text, text)  # 파일 전체를 한 번에
    return "1000줄 씀"


async def read_whole(path: Path) -> str:
    text = await asyncio.to_thread(path.read_text)
    return f"{len(text.splitlines())}줄 읽음"


async def main() -> None:
    pool = CountingExecutor()
    asyncio.get_running_loop().set_default_executor(pool)  # aiofiles와 to_thread()가 함께 쓰는 실행기
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "log.txt"
        await counted("aiofiles로 쓰기", pool, write_lines(path))
        await counted("aiofiles로 읽기", pool, count_lines(path))
        await counted("to_thread()로 쓰기", pool, write_whole(path))
        await counted("to_thread()로 읽기", pool, read_whole(path))


asyncio.run(main())
