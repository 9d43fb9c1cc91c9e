import asyncio


async def step(name: str) -> asyncio.AbstractEventLoop:
    await asyncio.sleep(0.1)
    print(f"{name} 끝")
    return asyncio.get_running_loop()


# 옛 글: loop = get_event_loop() → run_until_complete() 여러 번 → close()
# 오늘날: 한 번이면 asyncio.run(), 같은 루프에서 여러 번이면 asyncio.Runner
with asyncio.Runner() as runner:
    first = runner.run(step("첫 번째 작업"))
    print("사이에 끼운 동기 코드")
    second = runner.run(step("두 번째 작업"))
    print("같은 루프였나요?", first is second)
print("Runner 가 닫은 루프인가요?", first.is_closed())
