import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


loop = asyncio.new_event_loop()
left = 2


def one_done() -> None:
    global left
    left -= 1
    if left == 0:
        loop.stop()


def water_boiled() -> None:
    log("물이 끓음 → 찻잎 넣기")
    loop.call_later(0.1, tea_ready)


def tea_ready() -> None:
    log("차 완성")
    one_done()


def toast_ready() -> None:
    log("토스트 완성")
    one_done()


log("주전자와 토스터 켜기")
loop.call_later(0.2, water_boiled)
loop.call_later(0.1, toast_ready)
try:
    loop.run_forever()
finally:
    loop.close()
log("아침 준비 끝")
