import asyncio


async def report(seconds: float) -> None:
    me = asyncio.current_task()  # 지금 이 코드를 실행하는 태스크
    print(f"{me.get_name()}: {seconds}초 기다립니다")
    await asyncio.sleep(seconds)
    print(f"{me.get_name()}: 끝")


async def main() -> None:
    print(f"main 을 실행하는 태스크: {asyncio.current_task().get_name()}")
    nameless = asyncio.create_task(report(0.2))  # 이름을 주지 않으면 Task-번호
    named = asyncio.create_task(report(0.1), name="주문-처리")
    print(f"만든 태스크: {nameless.get_name()}, {named.get_name()}")
    await nameless
    await named


asyncio.run(main())
