import asyncio
import logging
import sys


class TaskNameFilter(logging.Filter):
    """로그 레코드에 지금 태스크의 이름을 붙입니다 (3.11 에서도 동작)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            task = asyncio.current_task()
        except RuntimeError:  # 이벤트 루프 밖에서 남긴 로그
            task = None
        record.task = task.get_name() if task else "-"
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(TaskNameFilter())
handler.setFormatter(logging.Formatter("[%(task)s] %(levelname)s %(message)s"))
log = logging.getLogger("shop")  # 이 앱의 로거에만 핸들러를 붙입니다
log.setLevel(logging.INFO)
log.addHandler(handler)


async def handle_order(order_id: int, seconds: float) -> None:
    log.info("주문 %d 접수", order_id)
    await asyncio.sleep(seconds)
    log.info("주문 %d 발송", order_id)


async def main() -> None:
    log.info("가게 문을 엽니다")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle_order(101, 0.2), name="주문-101")
        tg.create_task(handle_order(102, 0.1), name="주문-102")
    log.info("가게 문을 닫습니다")


log.info("프로그램 시작")
asyncio.run(main())
