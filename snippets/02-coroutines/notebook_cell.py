import ast
import asyncio
import inspect

# 노트북 셀에 적는 코드: 함수 밖에서 바로 await 합니다
CELL = """
async def main():
    await asyncio.sleep(0.1)
    return "셀의 결과"

result = await main()
print(result)
"""


async def kernel() -> None:
    """Jupyter 커널이 하는 일을 아주 줄여서 흉내 냅니다."""
    loop = asyncio.get_running_loop()
    print("이벤트 루프가 이미 돌고 있나요?", loop.is_running())
    try:
        compile(CELL, "<셀>", "exec")  # 보통의 .py 파일이라면
    except SyntaxError as e:
        print(f"보통 컴파일: {type(e).__name__}: {e.msg}")
    # 최상위 await 를 허용하는 플래그로 컴파일합니다 (파이썬 3.8+)
    code = compile(CELL, "<셀>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    namespace = {"asyncio": asyncio}
    outcome = eval(code, namespace)  # await 가 든 셀은 코루틴 객체가 됩니다
    if inspect.iscoroutine(outcome):
        await outcome  # 커널은 그 코루틴을 자기 루프에서 await 합니다


asyncio.run(kernel())
