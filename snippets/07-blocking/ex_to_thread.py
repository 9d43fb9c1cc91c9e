import asyncio
import time


def render_pdf(name: str, seconds: float) -> str:
    """고칠 수 없는 동기 라이브러리 함수라고 생각하세요."""
    time.sleep(seconds)
    return f"{name}.pdf"


async def make_report(name: str, seconds: float) -> None:
    path = await asyncio.to_thread(render_pdf, name, seconds)  # 스레드로 넘깁니다
    print(f"{path} 완성")


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(make_report("1월", 0.3))
        tg.create_task(make_report("2월", 0.2))
        tg.create_task(make_report("3월", 0.4))
    print(f"걸린 시간: {time.perf_counter() - start:.1f}초")


asyncio.run(main())
