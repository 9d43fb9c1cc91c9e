import asyncio
import threading
import time
from typing import Callable


# --- 고칠 수 없는 옛 라이브러리: 결과를 다른 스레드에서 콜백으로 알려 줍니다 ---
def start_download(
    name: str, seconds: float, on_done: Callable[[str], None]
) -> None:
    def work() -> None:
        time.sleep(seconds)
        on_done(f"{name} ({seconds}초)")  # 라이브러리의 스레드에서 부릅니다

    threading.Thread(target=work).start()


# --- 모범 답안: 콜백을 퓨처로 바꿔 await 할 수 있게 만듭니다 ---
async def download(name: str, seconds: float) -> str:
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    def set_result(result: str) -> None:  # 루프의 스레드에서 실행됩니다
        if not future.done():  # 기다리던 쪽이 먼저 포기했다면 퓨처는 이미 취소됐습니다
            future.set_result(result)

    def on_done(result: str) -> None:  # 라이브러리의 스레드에서 불립니다
        # 퓨처도 스레드 안전하지 않습니다. 루프의 스레드에서 값을 넣게 합니다.
        try:
            loop.call_soon_threadsafe(set_result, result)
        except RuntimeError:  # 루프가 이미 닫혔습니다: 기다리는 쪽이 없으니 버립니다
            pass

    start_download(name, seconds, on_done)
    return await future


async def main() -> None:
    async def show(name: str, seconds: float) -> None:
        print(f"받음: {await download(name, seconds)}")

    async def show_or_give_up(name: str, seconds: float, limit: float) -> None:
        try:
            async with asyncio.timeout(limit):
                await show(name, seconds)
        except TimeoutError:
            print(f"포기: {name} ({limit}초 안에 오지 않았습니다)")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(show("사진", 0.3))
        tg.create_task(show("문서", 0.1))
        tg.create_task(show("음악", 0.2))
        tg.create_task(show_or_give_up("동영상", 0.25, limit=0.15))


asyncio.run(main())
