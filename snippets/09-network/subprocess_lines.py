import asyncio
import sys
import time

# 자식 프로세스로 실행할 파이썬 코드: 0.3초마다 한 줄씩 씁니다
CHILD = """
import time
for step in range(1, 4):
    time.sleep(0.3)
    print(f"step {step} done", flush=True)  # flush: 바로 파이프로 내보냄
"""


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD,
        stdout=asyncio.subprocess.PIPE,  # 자식의 표준 출력을 우리가 읽습니다
    )
    previous = None
    async for line in proc.stdout:  # 한 줄이 도착할 때마다 반복합니다
        now = time.perf_counter()
        if previous is None:
            gap = "첫 줄"
        else:
            gap = f"앞 줄보다 {now - previous:.1f}초 뒤"
        print(f"받음: {line.decode().rstrip()} ({gap})")
        previous = now
    code = await proc.wait()  # 자식이 끝날 때까지 기다려 종료 코드를 받습니다
    print(f"종료 코드: {code}")

    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()  # 끝날 때까지 모았다가 한꺼번에
    lines = len(out.splitlines())
    print(f"communicate(): {lines}줄을 한꺼번에 받음")
    print(f"종료 코드: {proc.returncode}")


asyncio.run(main())
