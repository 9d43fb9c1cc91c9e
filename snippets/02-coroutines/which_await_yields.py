import asyncio
import types


async def helper() -> str:
    return "도우미의 결과"  # 안에서 아무것도 기다리지 않는 코루틴


@types.coroutine
def give_turn():
    yield  # 맨 yield: asyncio.sleep(0) 이 속으로 하는 일과 같습니다


async def background(name: str) -> None:
    print(f"    [{name}] 드디어 차례가 왔습니다")


async def main() -> None:
    task = asyncio.create_task(background("배경 1"))  # 예약만 됩니다. 아직 실행 전
    for i in range(1, 4):
        result = await helper()  # 코루틴을 await: 루프로 돌아가지 않습니다
        print(f"{i}번째 await helper() → {result}, 배경 1 끝? {task.done()}")
    print("await asyncio.sleep(0)")
    await asyncio.sleep(0)  # 실제로 멈추는 await: 여기서 루프로 돌아갑니다
    print(f"다시 main, 배경 1 끝? {task.done()}")

    task = asyncio.create_task(background("배경 2"))
    print("await give_turn()")
    await give_turn()  # 직접 만든 맨 yield 도 똑같이 차례를 넘깁니다
    print(f"다시 main, 배경 2 끝? {task.done()}")


asyncio.run(main())
