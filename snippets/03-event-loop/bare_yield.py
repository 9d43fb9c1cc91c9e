import asyncio
import types


@types.coroutine
def give_turn():
    yield  # 퓨처도 값도 없이 한 번 멈춥니다


async def worker(name: str) -> None:
    for step in range(1, 3):
        print(f"{name} {step}단계")
        await give_turn()  # 태스크가 한 바퀴 쉬고 다시 실행됩니다


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("가"))
        tg.create_task(worker("나"))


asyncio.run(main())
