import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def where() -> str:
    return "스레드" if threading.current_thread() is not threading.main_thread() else "루프"


def show(who: str) -> None:
    print(f"{who}: {request_id.get()} ({where()})")


async def child(name: str, new_value: str | None = None) -> None:
    show(f"{name} 시작")
    if new_value:
        request_id.set(new_value)  # 이 태스크의 복사본만 바뀝니다
        show(f"{name} 바꾼 뒤")
    await asyncio.sleep(0.1)


async def main() -> None:
    request_id.set("req-1")
    task = asyncio.create_task(child("자식 A", "A가 바꿈"))  # 여기서 복사합니다
    request_id.set("req-2")  # 태스크를 만든 뒤에 바꾸면 A는 모릅니다
    show("main")
    await asyncio.sleep(0)  # 이제야 A가 처음 실행됩니다
    await asyncio.create_task(child("자식 B"))  # 형제: A가 바꾼 값을 못 봅니다
    await task
    show("main (끝난 뒤)")

    print("--- 태스크 없이 코루틴을 직접 await할 때")
    await child("코루틴 D", "D가 바꿈")  # 복사하지 않고 main의 컨텍스트에서 실행됩니다
    show("main (D 뒤)")
    request_id.set("req-2")  # 다음 실험을 위해 되돌려 둡니다

    print("--- context=로 컨텍스트를 직접 줄 때 (3.11+)")
    ctx = contextvars.Context()  # 빈 컨텍스트: 모든 변수가 기본값
    await asyncio.create_task(child("자식 C", "C가 바꿈"), context=ctx)
    print(f"C가 끝난 뒤 ctx 안의 값: {ctx[request_id]}")

    print("--- 스레드로 넘길 때")
    await asyncio.to_thread(show, "to_thread")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, show, "run_in_executor")


asyncio.run(main())
