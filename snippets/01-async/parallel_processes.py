# /// script
# [tool.guide]
# exclusive = true
# ///
import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor

JOBS = ["A", "B"]
CPU_SECONDS = 0.5  # 계산 하나가 CPU 를 쓰는 시간


def burn(cpu_seconds: float) -> tuple[int, float]:
    """CPU 만 쓰는 일: 이 프로세스가 CPU 를 cpu_seconds 만큼 쓸 때까지 덧셈을 합니다.

    계산한 프로세스의 번호(PID)와, 그동안 실제로 흐른 시간을 돌려줍니다.
    코어를 혼자 쓰면 흐른 시간이 cpu_seconds 와 같고, 나눠 쓰면 더 깁니다.
    """
    start = time.perf_counter()
    stop_at = time.process_time() + cpu_seconds  # process_time(): 이 프로세스가 쓴 CPU 시간
    total = 0
    while time.process_time() < stop_at:
        total += 1
    return os.getpid(), time.perf_counter() - start


def one_by_one() -> tuple[list[tuple[int, float]], float]:
    """비교용: 메인 프로세스 혼자 하나씩 계산합니다."""
    start = time.perf_counter()
    results = [burn(CPU_SECONDS) for _ in JOBS]
    return results, time.perf_counter() - start


async def together() -> tuple[list[tuple[int, float]], float]:
    """작업 프로세스 두 개에 하나씩 맡기고, 이벤트 루프는 결과를 기다립니다."""
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        # 작업 프로세스 두 개를 미리 띄워 둡니다. 띄우는 시간은 재지 않습니다
        await asyncio.gather(*(loop.run_in_executor(pool, os.getpid) for _ in JOBS))
        start = time.perf_counter()
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, burn, CPU_SECONDS) for _ in JOBS)
        )
        elapsed = time.perf_counter() - start
    return results, elapsed


def report(title: str, results: list[tuple[int, float]], elapsed: float) -> None:
    names = {os.getpid(): "메인 프로세스"}
    print(f"[{title}]")
    for job, (pid, seconds) in zip(JOBS, results):
        # PID 는 실행할 때마다 바뀌므로, 처음 본 순서대로 이름을 붙여 찍습니다
        who = names.setdefault(pid, f"작업 프로세스 {len(names)}")
        print(f"  계산 {job}: {who}, {seconds:.1f}초 동안 계산")
    print(f"  전체: {elapsed:.1f}초")


if __name__ == "__main__":  # 프로세스를 쓰는 프로그램에는 꼭 필요합니다
    print(f"계산 {len(JOBS)}개, 각각 CPU를 {CPU_SECONDS}초씩 씁니다")
    report("메인 프로세스 혼자 차례로", *one_by_one())
    results, elapsed = asyncio.run(together())
    report("작업 프로세스 두 개가 함께", results, elapsed)
    cpu_total = CPU_SECONDS * len(JOBS)
    # 코어 하나로는 CPU 시간의 합보다 빨리 끝낼 수 없습니다
    print(f"CPU 시간의 합({cpu_total}초)보다 빨리 끝났나요? {elapsed < cpu_total}")
