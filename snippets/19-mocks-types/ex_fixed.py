# /// script
# dependencies = ["mypy"]
# [tool.guide]
# timeout = 60
# ///
import asyncio
import subprocess
import sys
import tempfile
from collections.abc import AsyncGenerator, Coroutine
from contextlib import aclosing
from pathlib import Path
from typing import Any


async def save(item: str) -> None:
    await asyncio.sleep(0.1)
    print("저장했습니다:", item)


async def count_items() -> int:
    await asyncio.sleep(0.1)
    return 3


async def report() -> int:
    count = await count_items()
    return count


async def names() -> AsyncGenerator[str, None]:
    for n in [1, 2]:
        yield f"{n}번"


def start(job: Coroutine[Any, Any, int]) -> asyncio.Task[int]:
    return asyncio.create_task(job)


async def main() -> None:
    await save("사과")
    print("항목 수:", await report())
    async with aclosing(names()) as gen:
        async for name in gen:
            print("이름:", name)
    print("태스크:", await start(count_items()))


def check_myself() -> None:
    """이 파일을 mypy --strict로 검사해 결과를 찍습니다."""
    me = Path(__file__)
    with tempfile.TemporaryDirectory() as cache:
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-color-output",
             "--cache-dir", cache, me.name],
            cwd=me.parent, capture_output=True, text=True,
        )
    print(result.stdout, end="")


asyncio.run(main())
check_myself()
