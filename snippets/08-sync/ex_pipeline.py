import asyncio
import time

# (페이지, 내려받는 데 걸리는 시간)
PAGES = [("p1", 0.4), ("p2", 0.2), ("p3", 0.6), ("p4", 0.2)]


async def downloader(todo: asyncio.Queue, done: asyncio.Queue) -> None:
    while True:
        page, seconds = await todo.get()
        try:
            await asyncio.sleep(seconds)  # 내려받기
            await done.put(f"{page}의 내용")
        except Exception as e:  # 한 페이지가 실패해도 다음 페이지로 넘어갑니다
            print(f"{page} 실패: {e!r}")
        finally:
            todo.task_done()  # 성공하든 실패하든 불러야 join() 이 돌아옵니다


async def saver(done: asyncio.Queue, t0: float) -> None:
    while True:
        body = await done.get()
        try:
            print(f"{time.perf_counter() - t0:.1f}초 저장: {body}")
        finally:
            done.task_done()


async def main() -> None:
    todo: asyncio.Queue[tuple[str, float]] = asyncio.Queue()
    done: asyncio.Queue[str] = asyncio.Queue()
    for page in PAGES:
        todo.put_nowait(page)

    t0 = time.perf_counter()
    workers = [asyncio.create_task(downloader(todo, done)) for _ in range(2)]
    workers.append(asyncio.create_task(saver(done, t0)))

    await todo.join()  # 1단계가 모두 끝나고
    await done.join()  # 2단계도 모두 끝나면
    for w in workers:  # 기다리고 있는 일꾼들을 취소합니다
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"걸린 시간: {time.perf_counter() - t0:.1f}초")


asyncio.run(main())
