import asyncio
import gc


async def wait_for_signal(name: str) -> None:
    print(f"{name}: 신호를 기다립니다")
    signal = asyncio.get_running_loop().create_future()
    await signal  # 이 퓨처는 이 태스크 말고는 아무도 모릅니다


def show_warning(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print(f"이벤트 루프의 경고: {context['message']}")


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(show_warning)

    asyncio.create_task(wait_for_signal("버려진 태스크"))  # 참조를 버립니다
    kept = asyncio.create_task(wait_for_signal("붙잡은 태스크"))
    await asyncio.sleep(0.1)  # 두 태스크가 한 번씩 실행됩니다

    print("가비지 수거기를 실행합니다")
    gc.collect()  # 실제 프로그램에서는 아무 때나 저절로 일어납니다
    print(f"남은 태스크 수: {len(asyncio.all_tasks())} (main 포함)")

    kept.cancel()  # 정리: 붙잡은 태스크는 우리가 직접 끝냅니다
    try:
        await kept
    except asyncio.CancelledError:
        print("붙잡은 태스크는 살아 있다가 취소되었습니다")


asyncio.run(main())
