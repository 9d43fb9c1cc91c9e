import asyncio


async def no_await() -> str:  # await 가 하나도 없어도 올바른 코루틴 함수입니다
    return "await 없는 코루틴도 잘 돕니다"


print(asyncio.run(no_await()))

# 반대로 await 는 async def 안에서만 쓸 수 있습니다
try:
    compile("def plain():\n    await no_await()\n", "<예제>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
