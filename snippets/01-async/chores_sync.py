import time


def run_machine(name: str) -> None:
    print(f"{name} 켜기")
    time.sleep(1)  # 1초 동안 이 스레드가 멈춥니다. 스레드가 하나뿐이라 프로그램 전체가 기다립니다
    print(f"{name} 끝")


def main() -> None:
    start = time.perf_counter()
    for name in ["세탁기", "식기세척기", "전기밥솥"]:
        run_machine(name)  # 앞의 기계가 끝나야 다음 기계를 켭니다
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


main()
