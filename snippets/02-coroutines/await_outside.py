# await 를 쓸 수 없는 곳: compile() 로 소스를 컴파일만 해서 오류를 봅니다
sources = {
    "보통 함수 안": "def f():\n    await g()\n",
    "모듈 맨 위": "await g()\n",
    "async def 안": "async def f():\n    await g()\n",
}
for where, source in sources.items():
    try:
        compile(source, "<예제>", "exec")
        print(f"{where}: 문제없음")
    except SyntaxError as e:
        print(f"{where}: {type(e).__name__}: {e.msg}")
