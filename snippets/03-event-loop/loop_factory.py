# /// script
# requires-python = ">=3.13"
# ///
import asyncio


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print(f"[예외 처리기] {context['exception']!r}")


def make_loop() -> asyncio.AbstractEventLoop:
    loop = asyncio.EventLoop()  # 이 플랫폼의 기본 루프 클래스 (3.13+)
    loop.set_exception_handler(report)  # 콜백에서 난 예외를 여기로 받습니다
    print("make_loop(): 새 루프를 만들었습니다")
    return loop


def broken() -> None:
    raise ValueError("콜백이 실패했습니다")


async def main() -> str:
    loop = asyncio.get_running_loop()
    print("셀렉터 루프인가요?", isinstance(loop, asyncio.SelectorEventLoop))
    loop.call_soon(broken)
    await asyncio.sleep(0.1)
    return "main 의 결과"


# 정책(policy)을 바꾸지 않고, 이번 실행에 쓸 루프를 만드는 함수를 넘깁니다
print(asyncio.run(main(), loop_factory=make_loop))
