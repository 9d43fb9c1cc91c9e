import time


SENSORS = [("온도", 0.1), ("습도", 0.2), ("조도", 0.3), ("소음", 0.4)]


def read_sensor(name: str, delay: float) -> None:
    time.sleep(delay)  # 센서가 답할 때까지 기다립니다
    print(f"{name} 센서 응답")


def main() -> None:
    start = time.perf_counter()
    for name, delay in SENSORS:
        read_sensor(name, delay)
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


main()
