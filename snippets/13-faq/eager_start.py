# /// script
# requires-python = ">=3.12"
# ///
import asyncio


async def child() -> None:
    print("1. 자식 태스크 시작 (첫 await 전까지 바로 실행)")
    await asyncio.sleep(0.1)
    print("3. 자식 태스크 끝")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)  # 3.12+
    task = asyncio.create_task(child())
    print("2. create_task() 가 돌아왔습니다")
    await task


asyncio.run(main())
