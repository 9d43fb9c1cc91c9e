import asyncio
import inspect
import types


async def make_tea() -> str:
    await asyncio.sleep(0.1)
    return "코루틴의 결과"


class Doorbell:
    """__await__ 가 있으면 어떤 객체든 await 할 수 있습니다."""

    def __await__(self):
        # 이터레이터를 돌려줘야 합니다. 여기서는 코루틴의 것을 빌려 씁니다
        return make_tea().__await__()


@types.coroutine
def chime():
    """제너레이터 기반 코루틴: __await__ 없이도 await 할 수 있습니다."""
    yield  # 맨 yield: 이벤트 루프에 한 바퀴 차례를 넘깁니다
    return "제너레이터 기반 코루틴의 결과"


async def main() -> None:
    loop = asyncio.get_running_loop()

    print("1.", await make_tea())                      # 코루틴 객체

    task = asyncio.create_task(make_tea())
    print("2.", await task)                            # 태스크

    future = loop.create_future()
    loop.call_later(0.1, future.set_result, "퓨처의 결과")
    print("3.", await future)                          # 퓨처

    print("4.", await Doorbell())                      # __await__ 가 있는 객체

    print("5.", await chime())                    # @types.coroutine 제너레이터
    gen = chime()
    print("   어웨이터블?", inspect.isawaitable(gen), "/ __await__ 가 있나요?", hasattr(gen, "__await__"))
    gen.close()

    coro = make_tea()
    print("make_tea   는 어웨이터블?", inspect.isawaitable(make_tea))  # 함수
    print("make_tea() 는 어웨이터블?", inspect.isawaitable(coro))  # 코루틴
    coro.close()
    try:
        await make_tea  # 흔한 실수: 괄호를 빠뜨려 함수를 await 합니다
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
