import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


loop = asyncio.new_event_loop()
left = 2  # 아직 안 끝난 집안일 수


def one_done() -> None:
    global left
    left -= 1
    if left == 0:
        log("모두 끝")
        loop.stop()  # run_forever() 를 끝냅니다


def after_wash() -> None:
    log("세탁 끝 → 건조 시작")
    loop.call_later(0.2, after_dry)  # 다음 단계는 또 다른 콜백으로 넘깁니다


def after_dry() -> None:
    log("건조 끝")
    one_done()


def after_rice() -> None:
    log("밥 완성")
    one_done()


log("빨래와 밥 짓기 시작")
loop.call_later(0.2, after_wash)  # 0.2초 뒤에 after_wash 를 불러 달라는 예약
loop.call_later(0.3, after_rice)
try:
    loop.run_forever()  # 예약된 콜백을 때가 되면 하나씩 부릅니다
finally:
    loop.close()
