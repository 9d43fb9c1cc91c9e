import asyncio
import threading
import time


def read_sensor(loop: asyncio.AbstractEventLoop, inbox: asyncio.Queue) -> None:
    """이벤트 루프 밖의 스레드에서 돕니다 (예: 블로킹 장치 드라이버)."""
    for value in [21.5, 21.7, 22.0]:
        time.sleep(0.1)  # 장치에서 값을 읽는 데 걸리는 시간
        print(f"[{threading.current_thread().name}] {value}도를 루프로 보냅니다")
        # inbox.put_nowait(value) 를 여기서 바로 부르면 안 됩니다.
        # 루프의 스레드에서 실행해 달라고 예약합니다.
        loop.call_soon_threadsafe(inbox.put_nowait, value)
    loop.call_soon_threadsafe(inbox.put_nowait, None)  # 끝났다는 표시


async def main() -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[float | None] = asyncio.Queue()
    sensor = threading.Thread(target=read_sensor, args=(loop, inbox), name="센서")
    sensor.start()
    while (value := await inbox.get()) is not None:
        print(f"[{threading.current_thread().name}] 받은 값: {value}도")
    await asyncio.to_thread(sensor.join)  # join() 도 블로킹이라 스레드로 넘깁니다
    print("센서 스레드가 끝났습니다")


asyncio.run(main())
