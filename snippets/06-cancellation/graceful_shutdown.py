import asyncio
import time

START = time.perf_counter()
GRACE = 0.4  # 종료 신호 뒤 진행 중인 일을 기다려 줄 시간


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:.1f}초] {message}")


async def worker(name: str, jobs: asyncio.Queue, stop: asyncio.Event) -> None:
    while not stop.is_set():  # 종료 신호가 오면 새 일을 꺼내지 않습니다
        job, seconds = await jobs.get()  # 일이 없으면 여기서 기다립니다
        log(f"{name}: {job} 시작")
        try:
            await asyncio.sleep(seconds)  # 일하는 중
            log(f"{name}: {job} 끝")
        except asyncio.CancelledError:
            log(f"{name}: {job} 중단, 큐에 되돌려 놓습니다")
            jobs.put_nowait((job, seconds))  # 잃어버리지 않게 되돌립니다
            raise
        finally:
            jobs.task_done()
    log(f"{name}: 종료 신호를 보고 스스로 멈춥니다")


async def press_stop(stop: asyncio.Event, delay: float) -> None:
    await asyncio.sleep(delay)  # 실제 서비스라면 SIGTERM 같은 신호가 옵니다
    log("종료 신호!")
    stop.set()


async def main() -> None:
    jobs: asyncio.Queue = asyncio.Queue()
    for number, seconds in enumerate([0.2, 0.6, 0.2, 1.5, 0.1, 0.1], start=1):
        jobs.put_nowait((f"주문-{number}", seconds))
    stop = asyncio.Event()

    async with asyncio.TaskGroup() as tg:
        workers = [
            tg.create_task(worker(f"일꾼{i}", jobs, stop)) for i in (1, 2)
        ]
        tg.create_task(press_stop(stop, 0.5))

        await stop.wait()
        log(f"main: 새 일은 그만, 진행 중인 일을 {GRACE}초까지 기다립니다")
        done, still_running = await asyncio.wait(workers, timeout=GRACE)
        for task in still_running:
            task.cancel()  # 유예 시간이 지나도 안 끝난 일꾼은 취소합니다
    # TaskGroup 을 나왔다면 모든 일꾼이 끝났습니다 (취소된 일꾼까지)

    left = [jobs.get_nowait()[0] for _ in range(jobs.qsize())]
    log(f"main: 다음 실행으로 넘길 일: {left}")


asyncio.run(main())
