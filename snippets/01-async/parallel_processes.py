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


Run = tuple[int, float, float, float]  # (PID, 시작 시각, 끝난 시각, 쓴 CPU 시간)


def burn(cpu_seconds: float) -> Run:
    """CPU 만 쓰는 일: 이 프로세스가 CPU 를 cpu_seconds 만큼 쓸 때까지 덧셈을 합니다.

    계산한 프로세스의 번호(PID), 계산을 시작하고 끝낸 시각, 실제로 쓴 CPU 시간을 돌려줍니다.
    시각은 time.time() 입니다: 프로세스가 달라도 같은 시계로 잽니다.
    """
    start = time.time()
    begin = time.process_time()  # process_time(): 이 프로세스가 쓴 CPU 시간
    total = 0
    while time.process_time() < begin + cpu_seconds:
        total += 1
    return os.getpid(), start, time.time(), time.process_time() - begin


def one_by_one() -> list[Run]:
    """비교용: 메인 프로세스 혼자 하나씩 계산합니다."""
    return [burn(CPU_SECONDS) for _ in JOBS]


async def together() -> list[Run]:
    """작업 프로세스 두 개에 하나씩 맡기고, 이벤트 루프는 결과를 기다립니다."""
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        # 작업 프로세스 두 개를 미리 띄워 둡니다. 띄우는 시간은 재지 않습니다
        await asyncio.gather(*(loop.run_in_executor(pool, os.getpid) for _ in JOBS))
        return await asyncio.gather(
            *(loop.run_in_executor(pool, burn, CPU_SECONDS) for _ in JOBS)
        )


def report(title: str, results: list[Run]) -> None:
    names = {os.getpid(): "메인 프로세스"}
    print(f"[{title}]")
    for job, (pid, _, _, cpu) in zip(JOBS, results):
        # PID 는 실행할 때마다 바뀌므로, 처음 본 순서대로 이름을 붙여 찍습니다
        who = names.setdefault(pid, f"작업 프로세스 {len(names)}")
        print(f"  계산 {job}: {who}, CPU {cpu:.1f}초")
    (_, a_start, a_end, _), (_, b_start, b_end, _) = results
    # 한 계산이 끝나기 전에 다른 계산이 시작했다면, 두 계산이 같은 시간대에 돌았습니다
    print(f"  두 계산이 같은 시간대에 돌았나요? {b_start < a_end and a_start < b_end}")


if __name__ == "__main__":  # 프로세스를 쓰는 프로그램에는 꼭 필요합니다
    print(f"계산 {len(JOBS)}개, 각각 CPU를 {CPU_SECONDS}초씩 씁니다")
    report("메인 프로세스 혼자 차례로", one_by_one())
    report("작업 프로세스 두 개가 함께", asyncio.run(together()))
