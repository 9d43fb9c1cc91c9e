import asyncio
import contextvars
import logging

# --8<-- [start:filter]
# 요청마다 다른 값을 갖는 "태스크별 전역 변수"
request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    """로그 레코드마다 지금 컨텍스트의 요청 ID를 붙입니다."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True  # 거르지 않고 모두 통과시킵니다


handler = logging.StreamHandler()
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("[%(request_id)s] %(name)s: %(message)s"))
logging.basicConfig(level=logging.INFO, handlers=[handler])
# --8<-- [end:filter]

log = logging.getLogger("shop")
db_log = logging.getLogger("shop.db")


async def query(table: str, seconds: float) -> None:
    # 요청 ID를 인자로 받지 않아도 로그에 찍힙니다
    db_log.info("%s 테이블 조회 (%.1f초)", table, seconds)
    await asyncio.sleep(seconds)


async def handle(rid: str, user: str, seconds: float) -> None:
    request_id.set(rid)  # 이 태스크의 컨텍스트에만 들어갑니다
    log.info("%s의 주문 목록 요청", user)
    await query("orders", seconds)
    log.info("응답을 보냈습니다")


async def main() -> None:
    log.info("서버 시작")
    async with asyncio.TaskGroup() as tg:  # 요청마다 태스크 하나
        tg.create_task(handle("req-1", "민지", 0.3))
        tg.create_task(handle("req-2", "하늘", 0.1))
        tg.create_task(handle("req-3", "도윤", 0.2))
    log.info("요청을 모두 처리했습니다")


asyncio.run(main())
