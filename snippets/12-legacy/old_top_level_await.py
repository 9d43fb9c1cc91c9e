import asyncio


async def brew(cup: int) -> str:
    await asyncio.sleep(0.1)
    return f"커피 {cup}잔"


# 노트북 셀에서 복사해 .py 파일에 붙여 넣은 코드: 함수 밖의 await
pasted = "print(await brew(1))\n"
try:
    compile(pasted, "app.py", "exec")  # python app.py 가 하는 첫 일: 컴파일
except SyntaxError as e:
    print(f"{type(e).__name__}: {e}")


# .py 파일에서는 await 를 코루틴 함수 안에 두고, asyncio.run() 을 한 번 부릅니다
async def main() -> None:
    print(await brew(1))


asyncio.run(main())
