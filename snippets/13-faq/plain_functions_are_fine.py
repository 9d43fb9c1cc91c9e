import asyncio


# 평범한 함수: 기다리는 일이 없으니 async 가 필요 없습니다
def tidy(text: str) -> str:
    return text.strip().upper()


# 기다리는 일(I/O)이 있는 함수만 async 로
async def fetch(name: str) -> str:
    await asyncio.sleep(0.1)
    return f"  {name} 응답  "


async def main() -> None:
    raw = await fetch("A")
    print(tidy(raw))  # 코루틴 안에서 일반 함수는 그냥 부릅니다
    try:
        await tidy(raw)  # 일반 함수의 반환값은 await 할 수 없습니다
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
