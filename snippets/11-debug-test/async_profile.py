# /// script
# requires-python = ">=3.15"
# ///
import asyncio
import collections
import sys
import tempfile
from pathlib import Path

TARGET = Path(__file__).with_name("profile_target.py")  # 잴 프로그램


def frames(stack: str) -> tuple[str, ...]:
    """접힌 스택 한 줄("바깥;…;안쪽 표본수"의 앞부분)을 이름들로. 줄 번호는 뺍니다."""
    names = []
    for frame in stack.split(";")[1:]:  # 맨 앞은 스레드 ID(tid:…)입니다
        where, name, _line = frame.rsplit(":", 2)
        names.append(f"[태스크] {name}" if where == "<task>" else f"  {name}  ({where})")
    return tuple(names)


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        stacks = Path(folder) / "stacks.txt"
        print("$ python -m profiling.sampling run --async-aware"
              " --collapsed -o stacks.txt profile_target.py")
        profiler = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "profiling.sampling", "run", "--async-aware",
            "--collapsed", "-o", stacks, TARGET,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )
        # 프로파일러가 찍는 통계(표본 수 등)는 실행마다 다르니 실패했을 때만 보여 줍니다
        output, _ = await profiler.communicate()
        if profiler.returncode != 0:  # 예: 다른 프로세스를 읽을 권한이 없습니다
            print(output.decode(), end="")
            print(f"프로파일러가 실패했습니다 (반환 코드 {profiler.returncode})")
            return
        samples: collections.Counter[tuple[str, ...]] = collections.Counter()
        for line in stacks.read_text(encoding="utf-8").splitlines():
            stack, count = line.rsplit(" ", 1)
            samples[frames(stack)] += int(count)

    top, _ = samples.most_common(1)[0]
    print("표본이 가장 많이 잡힌 스택 (바깥 → 안):")
    print("\n".join(top))


asyncio.run(main())
