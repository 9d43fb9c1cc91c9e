import asyncio
import time


def make_thumbnail() -> None:
    time.sleep(0.3)  # 블로킹 호출: 이 0.3초 동안 이벤트 루프가 멈춥니다


async def handle_upload() -> None:
    make_thumbnail()


async def main() -> None:
    loop = asyncio.get_running_loop()
    # asyncio.create_task() 로 만들어도 똑같이 잡힙니다. loop.create_task() 를
    # 쓴 것은 경고의 "created at" 이 이 파일의 줄을 가리키게 하려는 것뿐입니다.
    task = loop.create_task(handle_upload(), name="업로드 처리")
    await task
    print("main 끝")


asyncio.run(main(), debug=True)  # 디버그 모드를 켭니다
