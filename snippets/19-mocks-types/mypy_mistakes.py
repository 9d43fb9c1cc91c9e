# /// script
# dependencies = ["mypy"]
# [tool.guide]
# timeout = 60
# ///
import asyncio
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent


async def mypy(*files: str) -> None:
    """python -m mypy --strict 파일...을 실행해 그 출력을 그대로 찍습니다."""
    with tempfile.TemporaryDirectory() as cache:  # .mypy_cache를 남기지 않습니다
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "mypy", "--strict", "--no-color-output",
            "--cache-dir", cache, *files,
            cwd=HERE, stdout=asyncio.subprocess.PIPE,
        )
        out, _ = await proc.communicate()
    print(out.decode(), end="")
    print("종료 코드:", proc.returncode)


asyncio.run(mypy("typing_mistakes.py", "fake_vs_mock.py"))
