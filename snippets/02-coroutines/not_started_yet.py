import asyncio


async def brew(drink: str, seconds: float) -> str:
    print(f"    {drink}: 본문 시작")
    await asyncio.sleep(seconds)
    print(f"    {drink}: 완성")
    return f"{drink} 한 잔"


async def main() -> None:
    print("1. brew('라테')를 호출합니다")
    latte = brew("라테", 0.1)  # 코루틴 객체만 생깁니다
    print("2. create_task(brew('모카'))를 부릅니다")
    mocha = asyncio.create_task(brew("모카", 0.2))  # 실행을 예약만 합니다
    print("3. 여기까지 어느 본문도 시작하지 않았습니다")
    print("4. 라테를 await 합니다")
    print(f"5. {await latte}")  # 라테가 멈춘 동안 모카 태스크가 차례를 얻습니다
    print(f"6. {await mocha}")


asyncio.run(main())
