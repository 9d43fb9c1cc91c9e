import asyncio

background_tasks: set[asyncio.Task] = set()


def fire_and_forget(coro) -> None:
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # 집합이 태스크를 강하게 참조합니다
    task.add_done_callback(background_tasks.discard)  # 끝나면 스스로 빠집니다


async def send_mail(to: str, seconds: float) -> None:
    await asyncio.sleep(seconds)  # 메일 서버와 통신하는 척합니다
    print(f"  {to} 님에게 메일을 보냈습니다")


async def main() -> None:
    for to, seconds in [("민수", 0.1), ("지영", 0.4), ("현우", 0.5)]:
        fire_and_forget(send_mail(to, seconds))
    print(f"main: 배경 태스크 {len(background_tasks)}개를 띄웠습니다")

    await asyncio.sleep(0.25)  # 그동안 main 은 자기 일을 합니다
    print(f"main: 남은 배경 태스크 {len(background_tasks)}개")
    await asyncio.sleep(0.5)
    print(f"main: 남은 배경 태스크 {len(background_tasks)}개")


asyncio.run(main())
