import asyncio


def say(message: str, start: float) -> None:
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - start:.1f}초  {message}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()  # 루프의 시계. 벽시계가 아닌 단조 시계입니다

    loop.call_at(start + 0.3, say, "call_at: start + 0.3 시각에", start)
    loop.call_later(0.1, say, "call_later: 0.1초 뒤에", start)
    loop.call_soon(say, "call_soon 1: 다음 차례에 바로", start)
    loop.call_soon(say, "call_soon 2: 예약한 순서대로", start)
    dropped = loop.call_later(0.2, say, "이 줄은 찍히지 않습니다", start)
    dropped.cancel()  # 예약을 취소합니다

    print("main: 예약만 했습니다. 아직 아무것도 실행되지 않았습니다")
    await asyncio.sleep(0.4)  # 루프에 차례를 넘깁니다
    print("main: 끝")


asyncio.run(main())
