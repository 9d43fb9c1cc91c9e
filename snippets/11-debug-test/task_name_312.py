# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import logging
import sys

# 3.12+: LogRecord 에 taskName 이 들어 있어 필터가 필요 없습니다
handler = logging.StreamHandler(sys.stdout)
formatter = logging.Formatter("[%(taskName)s] %(levelname)s %(message)s")
handler.setFormatter(formatter)
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
