import asyncio
import sys

CHILD = """
import time
n = 0
while True:  # 끝나지 않는 자식
    n += 1
    print(f"tick {n}", flush=True)
    time.sleep(0.1)
"""


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    try:
        for _ in range(3):
            line = await proc.stdout.readline()
            print("받음:", line.decode().strip())
    finally:  # 무슨 일이 있어도 자식을 끝내고 기다립니다
        if proc.returncode is None:
            proc.terminate()
        await proc.wait()
    print("자식이 끝났나요?", proc.returncode is not None)


asyncio.run(main())
