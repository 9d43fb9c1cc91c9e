import asyncio
import threading
import time

spans: dict[str, list[tuple[float, float]]] = {}  # 태스크마다 계산한 구간 (시작 시각, 끝 시각)


async def worker(name: str) -> None:
    spans[name] = []
    for step in (1, 2):
        start = time.perf_counter()
        sum(range(100_000))  # 계산
        spans[name].append((start, time.perf_counter()))
        thread = threading.current_thread().name
        print(f"{name} {step}단계 계산 끝 (스레드: {thread})")
        await asyncio.sleep(0)  # 여기서 다른 태스크에게 차례를 넘깁니다


def most_at_once(intervals: list[tuple[float, float]]) -> int:
    """시계로 잰 구간들이 한순간에 가장 많이 겹친 수를 셉니다."""
    edges = [(start, +1) for start, _ in intervals] + [(end, -1) for _, end in intervals]
    now = most = 0
    for _, change in sorted(edges):  # 같은 시각이면 끝(-1)을 먼저 셉니다
        now += change
        most = max(most, now)
    return most


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for name in ["A", "B", "C"]:
            tg.create_task(worker(name))
    alive = [(s[0][0], s[-1][1]) for s in spans.values()]  # 첫 계산 시작 ~ 마지막 계산 끝
    computing = [span for s in spans.values() for span in s]
    print(f"한순간에 진행 중이던 태스크 수의 최댓값: {most_at_once(alive)}")
    print(f"한순간에 계산하던 태스크 수의 최댓값: {most_at_once(computing)}")


asyncio.run(main())
