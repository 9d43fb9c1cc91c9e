import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("셀렉터 루프인가요?", isinstance(loop, asyncio.SelectorEventLoop))


# 전역 정책을 바꾸지 않고, 이번 실행에 쓸 루프만 고릅니다 (3.11+)
with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
    runner.run(main())

# 3.12+ 에서는 이렇게도 씁니다:
# asyncio.run(main(), loop_factory=asyncio.SelectorEventLoop)
