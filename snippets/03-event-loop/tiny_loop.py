import heapq
import time
from collections import deque


class TinyLoop:
    """asyncio 없이 제너레이터만으로 만든 작은 이벤트 루프."""

    def __init__(self) -> None:
        self.ready = deque()  # 지금 바로 한 걸음 더 실행할 수 있는 태스크
        self.timers = []  # (깨울 시각, 순번, 태스크) 를 담은 힙
        self.count = 0  # 깨울 시각이 같을 때 먼저 예약한 것이 먼저

    def spawn(self, task) -> None:
        self.ready.append(task)

    def wake_later(self, delay: float, task) -> None:
        self.count += 1
        when = time.monotonic() + delay
        heapq.heappush(self.timers, (when, self.count, task))

    def run(self) -> None:
        while self.ready or self.timers:
            # 1. 할 일이 없으면 가장 이른 타이머까지 잠듭니다
            if not self.ready:
                time.sleep(max(0.0, self.timers[0][0] - time.monotonic()))
            # 2. 깨울 시각이 지난 태스크를 준비 큐로 옮깁니다
            while self.timers and self.timers[0][0] <= time.monotonic():
                self.ready.append(heapq.heappop(self.timers)[2])
            # 3. 준비된 태스크를 하나씩, 다음 yield 까지만 실행합니다
            for _ in range(len(self.ready)):
                task = self.ready.popleft()
                try:
                    delay = next(task)
                except StopIteration:
                    continue  # 이 태스크는 끝났습니다
                self.wake_later(delay, task)


def nap(seconds: float):
    yield seconds  # 루프에게 "이만큼 뒤에 다시 깨워 주세요" 라고 말합니다


def chore(name: str, seconds: float):
    print(f"{name} 시작")
    yield from nap(seconds)
    print(f"{name} 끝")


def one_after_another():
    yield from chore("A", 0.3)
    yield from chore("B", 0.2)
    yield from chore("C", 0.1)


def measure(title: str, tasks) -> None:
    print(f"--- {title} ---")
    loop = TinyLoop()
    for task in tasks:
        loop.spawn(task)
    start = time.perf_counter()
    loop.run()
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


measure("차례로", [one_after_another()])
measure("동시에", [chore("A", 0.3), chore("B", 0.2), chore("C", 0.1)])
