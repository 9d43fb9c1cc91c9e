import asyncio
import contextvars
import logging
import logging.handlers
import queue
import sys

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()  # 이 필터를 부른 스레드의 컨텍스트에서 읽습니다
        return True


async def handle(log: logging.Logger, rid: str) -> None:
    request_id.set(rid)
    log.warning("결제 완료")


def make_logger(filter_on: str) -> tuple[logging.Logger, logging.handlers.QueueListener]:
    log_queue: queue.SimpleQueue = queue.SimpleQueue()
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter(f"{filter_on}: [%(request_id)s] %(message)s"))
    queue_handler = logging.handlers.QueueHandler(log_queue)
    if filter_on == "리스너 쪽":
        out.addFilter(RequestIdFilter())  # 리스너 스레드에서 읽습니다
    else:
        queue_handler.addFilter(RequestIdFilter())  # 로그를 남긴 태스크 안에서 읽습니다
    log = logging.getLogger(filter_on)
    log.addHandler(queue_handler)
    return log, logging.handlers.QueueListener(log_queue, out)


async def main() -> None:
    for filter_on in ("리스너 쪽", "큐 핸들러 쪽"):
        log, listener = make_logger(filter_on)
        listener.start()
        await asyncio.create_task(handle(log, "req-1"))
        await asyncio.to_thread(listener.stop)


asyncio.run(main())
