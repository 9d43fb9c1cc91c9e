import threading
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


def laundry() -> None:
    time.sleep(0.2)  # 이 스레드만 멈춥니다. 다른 스레드는 계속 돕니다
    log("세탁 끝 → 건조 시작")
    time.sleep(0.2)
    log("건조 끝")


def rice() -> None:
    time.sleep(0.3)
    log("밥 완성")


log("빨래와 밥 짓기 시작")
workers = [threading.Thread(target=laundry), threading.Thread(target=rice)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()  # 두 스레드가 끝날 때까지 기다립니다
log("모두 끝")
