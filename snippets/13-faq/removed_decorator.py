import asyncio

# 3.11 에서 제거된 데코레이터: 옛 글의 @asyncio.coroutine 은 이제 없습니다
print("asyncio.coroutine 이 있나요?", hasattr(asyncio, "coroutine"))

# async def 안에서 yield from 을 쓰면 문법 오류입니다
try:
    compile("async def old():\n    yield from other()\n", "<옛 코드>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)


async def child() -> str:  # @asyncio.coroutine + def 대신 async def
    await asyncio.sleep(0.1)
    return "자식 결과"


async def parent() -> None:
    # yield from asyncio.Task(...) 대신 create_task() 와 await
    result = await asyncio.create_task(child())
    print("받은 값:", result)


asyncio.run(parent())
