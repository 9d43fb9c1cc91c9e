# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import logging
import logging.config

logging.config.dictConfig({
    "version": 1,
    "formatters": {"plain": {"format": "%(levelname)s %(taskName)s: %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain",
                    "stream": "ext://sys.stdout"},
        "queued": {"class": "logging.handlers.QueueHandler",
                   "handlers": ["console"]},  # 리스너가 넘겨줄 핸들러들 (3.12+)
    },
    "root": {"level": "INFO", "handlers": ["queued"]},
})


async def main() -> None:
    logging.info("주문 접수")
    await asyncio.sleep(0.1)
    logging.info("주문 완료")


listener = logging.getHandlerByName("queued").listener  # 3.12+
listener.start()  # dictConfig는 리스너를 만들기만 합니다
try:
    asyncio.run(main())
finally:
    listener.stop()
