import asyncio
import threading


async def where(name: str, delay: float) -> asyncio.AbstractEventLoop:
    await asyncio.sleep(delay)
    print(f"{name}: {threading.current_thread().name} 스레드의 루프에서 실행")
    return asyncio.get_running_loop()


async def main() -> None:
    loop = asyncio.get_running_loop()

    # 1. 루프 하나가 태스크 여러 개를 실행합니다
    loops = await asyncio.gather(
        where("A", 0.1), where("B", 0.2), where("C", 0.3)
    )
    print(f"A, B, C 모두 같은 루프인가요? {all(x is loop for x in loops)}")

    # 2. 같은 스레드에서는 루프를 하나 더 돌릴 수 없습니다
    extra = where("D", 0.1)
    try:
        asyncio.run(extra)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        extra.close()  # 실행하지 못한 코루틴을 닫아 경고를 막습니다

    # 3. 다른 스레드에서는 그 스레드의 루프를 따로 돌릴 수 있습니다
    other = await asyncio.to_thread(asyncio.run, where("E", 0.1))
    print(f"E 의 루프는 다른 루프인가요? {other is not loop}")


asyncio.run(main())
