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

    def on_done(result: str) -> None:
        # 퓨처도 스레드 안전하지 않습니다. 루프의 스레드에서 값을 넣게 합니다.
        loop.call_soon_threadsafe(future.set_result, result)

    start_download(name, seconds, on_done)
    return await future


async def main() -> None:
    async def show(name: str, seconds: float) -> None:
        print(f"받음: {await download(name, seconds)}")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(show("사진", 0.3))
        tg.create_task(show("문서", 0.1))
        tg.create_task(show("음악", 0.2))


asyncio.run(main())
