import asyncio
import sys
import time

# 자식 프로세스: 주어진 초만큼 일하고, 한 줄 쓰고, 주어진 종료 코드로 끝납니다
CHILD = """
import sys, time
seconds, code = float(sys.argv[1]), int(sys.argv[2])
time.sleep(seconds)
print(f"worked {seconds} s", flush=True)
sys.exit(code)
"""


async def run(name: str, seconds: float, code: int) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, str(seconds), str(code),
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(2.0):  # 2초 안에 끝나지 않으면
            out, _ = await proc.communicate()
    except TimeoutError:
        proc.kill()  # 자식을 강제로 끝내고
        await proc.wait()  # 정말 끝났는지 기다립니다 (꼭 해야 합니다)
        return f"{name}: 2초가 지나 강제 종료했습니다"
    if proc.returncode == 0:
        result = "성공"
    else:
        result = f"실패 (종료 코드 {proc.returncode})"
    return f"{name}: {out.decode().strip()} → {result}"


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # 자식 넷을 함께 실행합니다
        tasks = [
            tg.create_task(run("A", 1.2, 0)),
            tg.create_task(run("B", 0.4, 0)),
            tg.create_task(run("C", 0.8, 3)),
            tg.create_task(run("D", 10.0, 0)),  # 너무 오래 걸리는 자식
        ]
    elapsed = time.perf_counter() - start
    for task in tasks:
        print(task.result())
    # 하나씩 실행했다면 1.2 + 0.4 + 0.8 + 2(시간제한) = 4.4초가 넘게 걸립니다
    verdict = "4초도 안 걸렸습니다" if elapsed < 4 else "4초 넘게 걸렸습니다"
    print(f"하나씩 실행했다면 4.4초 넘게, 함께 실행하니 {verdict}")


asyncio.run(main())
