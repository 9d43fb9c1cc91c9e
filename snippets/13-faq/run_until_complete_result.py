import asyncio


async def answer() -> int:
    await asyncio.sleep(0.1)
    return 42


# 옛 글: loop = asyncio.get_event_loop().run_until_complete(...)
# run_until_complete() 가 돌려주는 것은 루프가 아니라 코루틴의 결과입니다
loop = asyncio.new_event_loop()
value = loop.run_until_complete(answer())
loop.close()
print("돌려받은 것:", type(value).__name__, value)

# 오늘날의 방법: 루프를 만들고, 실행하고, 닫는 일을 한 줄로
print("asyncio.run():", asyncio.run(answer()))
