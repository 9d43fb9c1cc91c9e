import asyncio

background: set[asyncio.Task] = set()  # 배경 태스크의 강한 참조를 보관합니다


async def send_log(n: int) -> None:
    await asyncio.sleep(n / 10)
    print(f"로그 {n} 전송")


def fire_and_forget(n: int) -> None:
    task = asyncio.create_task(send_log(n))
    background.add(task)  # 참조를 남겨 가비지 수거를 막고
    task.add_done_callback(background.discard)  # 끝나면 스스로 지웁니다


async def main() -> None:
    for n in (1, 2, 3):
        fire_and_forget(n)
    print("보관 중인 태스크:", len(background))
    await asyncio.sleep(0.4)  # 실제 프로그램이라면 다른 일을 하는 동안
    print("보관 중인 태스크:", len(background))


asyncio.run(main())
