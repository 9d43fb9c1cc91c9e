import asyncio
import logging
import logging.handlers
import queue
import time


class SlowHandler(logging.Handler):
    """원격 로그 서버에 보내느라 한 줄에 0.1초씩 걸리는 핸들러를 흉내 냅니다."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        time.sleep(0.1)  # 블로킹 I/O
        self.sent.append(self.format(record))


async def heartbeat(lags: list[float]) -> None:
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(0.05)
        lags.append(loop.time() - start - 0.05)  # 예정보다 늦게 깬 시간


async def serve(log: logging.Logger, title: str) -> None:
    lags: list[float] = []
    beat = asyncio.create_task(heartbeat(lags))
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in range(1, 6):  # 요청 하나가 로그 다섯 줄을 남깁니다
        log.warning("주문 %d 처리", n)
    await asyncio.sleep(0.1)
    spent = loop.time() - start
    beat.cancel()
    print(f"{title}: {spent:.1f}초 걸렸고, 심장 박동이 최대 {max(lags):.1f}초 늦었습니다")


# --8<-- [start:queue]
async def main() -> None:
    slow = SlowHandler()
    direct = logging.getLogger("direct")
    direct.addHandler(slow)
    await serve(direct, "핸들러가 직접 쓸 때")

    log_queue: queue.SimpleQueue = queue.SimpleQueue()
    queued = logging.getLogger("queued")
    queued.addHandler(logging.handlers.QueueHandler(log_queue))  # 큐에 넣기만 합니다
    listener = logging.handlers.QueueListener(log_queue, slow)  # 자기 스레드에서 씁니다
    listener.start()
    await serve(queued, "큐를 거칠 때")
    start = time.perf_counter()
    await asyncio.to_thread(listener.stop)  # 남은 줄을 다 쓰고 스레드를 끝냅니다
    print(f"리스너가 남은 줄을 쓰고 멈추기까지 {time.perf_counter() - start:.1f}초")
    print(f"느린 핸들러가 보낸 줄: {len(slow.sent)}개")
# --8<-- [end:queue]


asyncio.run(main())
