# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import asyncio.tools  # `python -m asyncio ps`와 `pstree`가 부르는 모듈
import contextlib
import io
import re
import sys
from pathlib import Path

TARGET = Path(__file__).with_name("ps_target.py")  # 들여다볼 프로그램


def run_tool(command: str, pid: int) -> str:
    """`python -m asyncio <command> <pid>`와 같은 일을 이 프로세스 안에서 합니다.

    따로 띄운 명령은 대상의 형제 프로세스라서, 리눅스가 ptrace 를 막아 두었으면
    (Yama ptrace_scope=1) 읽지 못합니다. 대상의 부모인 이 프로그램은 읽을 수 있습니다.
    """
    show = {
        "pstree": asyncio.tools.display_awaited_by_tasks_tree,
        "ps": asyncio.tools.display_awaited_by_tasks_table,
    }[command]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            show(pid)  # 다른 프로세스의 메모리를 읽습니다 (블로킹)
    except SystemExit:  # 읽지 못했습니다. 도구가 남긴 까닭을 그대로 돌려줍니다
        out.write("(조사 도구가 대상을 읽지 못했습니다)\n")
    return out.getvalue()


def tidy(text: str) -> str:
    """실행마다, 기계마다 바뀌는 것을 가립니다."""
    text = re.sub(r"0x[0-9a-f]+", lambda m: "0x…".ljust(len(m[0])), text)  # 태스크 ID
    text = re.sub(r"(?m)^\d+ +", "<tid>      ", text)  # ps 의 첫 칸: 스레드 ID
    # 표준 라이브러리의 위치와 줄 번호: 설치한 곳과 패치 버전마다 다릅니다
    text = re.sub(r"\S*/lib/python3\.\d+/(\S+\.py):\d+", r"\1", text)
    return "\n".join(line.rstrip() for line in text.splitlines())


async def main() -> None:
    target = await asyncio.create_subprocess_exec(
        sys.executable, TARGET, "60", stdout=asyncio.subprocess.PIPE
    )
    try:
        # 대상이 태스크를 모두 만들고 멈출 때까지 기다립니다
        line = await target.stdout.readline()
        print("대상 →", line.decode().rstrip())
        for command in ("pstree", "ps"):
            print(f"\n$ python -m asyncio {command} PID")
            print(tidy(await asyncio.to_thread(run_tool, command, target.pid)))
    finally:
        target.terminate()  # 60초를 다 기다리지 않고 끝냅니다
        await target.wait()
    print("\n대상을 끝냈습니다")


asyncio.run(main())
