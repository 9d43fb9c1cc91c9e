import asyncio
import threading


async def greet(name: str) -> str:
    await asyncio.sleep(0.1)
    return f"안녕하세요, {name}"


def old_style_get_loop() -> None:
    try:
        loop = asyncio.get_event_loop()  # 옛 방식으로 루프를 얻으려 하면
    except RuntimeError as e:
        print(f"  {type(e).__name__}: {e}")
    else:
        print("  루프를 얻었습니다")
        loop.close()


print(asyncio.run(greet("여러분")))
print("1. asyncio.run() 이 끝난 뒤의 메인 스레드:")
old_style_get_loop()  # asyncio.run() 은 끝나면서 '현재 루프' 를 비웁니다

print("2. 메인 스레드가 아닌 스레드:")
worker = threading.Thread(target=old_style_get_loop, name="일꾼")
worker.start()
worker.join()
