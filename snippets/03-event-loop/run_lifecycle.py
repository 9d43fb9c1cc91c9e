import asyncio
import time


async def ticker() -> None:
    try:
        while True:
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("3. 아직 돌던 태스크 ticker 를 취소합니다")
        raise


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("4. 반쯤 쓴 비동기 제너레이터를 닫습니다")


def write_report() -> str:
    time.sleep(0.4)  # 스레드에서 도는 블로킹 작업
    print("5. 기본 실행기의 스레드 작업이 끝났습니다")
    return "report.txt"


kept = {}  # main() 이 끝나도 객체가 사라지지 않게 붙잡아 둡니다


async def main() -> str:
    kept["loop"] = loop = asyncio.get_running_loop()
    kept["task"] = asyncio.create_task(ticker())
    kept["gen"] = gen = numbers()
    await anext(gen)  # 첫 값만 받고 멈춘 채로 둡니다
    # 돌려받은 퓨처를 버리지 않고 붙잡아 둡니다. 결과나 예외를 나중에 확인합니다
    kept["job"] = loop.run_in_executor(None, write_report)
    await asyncio.sleep(0.1)
    print("2. main() 이 끝났습니다")
    return "main 의 결과"


start = time.perf_counter()
result = asyncio.run(main())
print(f"6. asyncio.run() 이 돌려준 값: {result!r}")
print(f"   루프는 닫혔나요? {kept['loop'].is_closed()}")
print(f"   스레드 작업의 결과: {kept['job'].result()!r}")
print(f"걸린 시간: {time.perf_counter() - start:.1f}초")
