import asyncio
import contextvars
import logging

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler()
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("%(levelname)s [%(request_id)s] %(message)s"))
logging.basicConfig(handlers=[handler])
log = logging.getLogger("shop")


async def send_email(to: str, seconds: float) -> None:
    await asyncio.sleep(seconds)
    raise ConnectionError(f"{to}: 메일 서버가 응답하지 않습니다")

# --8<-- [start:spawn]
background_tasks: set[asyncio.Task] = set()


def report_failure(task: asyncio.Task) -> None:
    background_tasks.discard(task)
    if task.cancelled():  # 취소된 태스크에 exception()을 부르면 CancelledError가 납니다
        return
    if (exc := task.exception()) is not None:  # 꺼내 보았으니 "never retrieved"는 없습니다
        log.error("배경 태스크 %s 실패", task.get_name(), exc_info=exc)


def spawn(coro, name: str) -> asyncio.Task:
    task = asyncio.create_task(coro, name=name)
    background_tasks.add(task)  # 끝날 때까지 참조를 쥡니다
    task.add_done_callback(report_failure)
    return task
# --8<-- [end:spawn]


# --8<-- [start:handler]
def exception_handler(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    log.error(
        "루프가 보고함: %s (받은 키: %s)",
        context["message"], ", ".join(sorted(context)),
        exc_info=context.get("exception"),
    )
# --8<-- [end:handler]


async def handle_order(rid: str) -> None:
    request_id.set(rid)
    log.warning("주문 접수, 확인 메일은 배경에서 보냅니다")
    spawn(send_email("minji@example.com", 0.1), name="메일")
    spawn(asyncio.sleep(10), name="느긋한 일").cancel()  # 취소는 실패가 아닙니다
    asyncio.create_task(send_email("haneul@example.com", 0.2))  # 참조도 콜백도 없이 잊은 태스크


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(exception_handler)
    await asyncio.create_task(handle_order("req-7"))  # 서버처럼 요청마다 태스크
    await asyncio.sleep(0.3)
    print(f"남은 배경 태스크: {len(background_tasks)}개")


asyncio.run(main())
