import ast
import asyncio

CELL = "await greet()"  # 노트북 셀에 그대로 쓰는 코드


async def greet() -> None:
    await asyncio.sleep(0.1)
    print("셀의 await 가 실행됐습니다")


async def kernel() -> None:
    # Jupyter·Colab 커널처럼, 이벤트 루프가 이미 돌고 있는 상황입니다
    coro = greet()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        coro.close()
        print("셀에서 asyncio.run():", e)

    # 커널은 셀을 '최상위 await 허용' 플래그로 컴파일해 지금 루프에서 실행합니다
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    code = compile(CELL, "<셀>", "exec", flags=flags)
    await eval(code, {"greet": greet})


asyncio.run(kernel())
