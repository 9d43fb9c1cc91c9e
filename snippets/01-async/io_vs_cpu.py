import asyncio
import time


def crunch() -> int:
    """CPU 만 쓰는 일: 제곱수 2만 개를 더합니다."""
    return sum(i * i for i in range(20_000))


async def wait_job(name: str) -> None:
    print(f"  {name} 시작")
    await asyncio.sleep(0.3)  # 기다리는 일: 이 동안 다른 태스크가 실행됩니다
    print(f"  {name} 끝")


async def crunch_job(name: str, spent: list[float]) -> None:
    print(f"  {name} 시작")
    start = time.perf_counter()
    crunch()  # 계산하는 일: await 가 없으니 끝날 때까지 아무도 끼어들지 못합니다
    spent.append(time.perf_counter() - start)
    print(f"  {name} 끝")


async def main() -> None:
    print("[기다리는 일 3개, 각 0.3초]")
    start = time.perf_counter()
    for name in "ABC":
        await wait_job(name)
    print(f"차례로: {time.perf_counter() - start:.1f}초")
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name in "ABC":
            tg.create_task(wait_job(name))
    print(f"함께:   {time.perf_counter() - start:.1f}초")

    print("[계산하는 일 3개를 함께]")
    spent: list[float] = []
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for name in "ABC":
            tg.create_task(crunch_job(name, spent))
    total = time.perf_counter() - start
    # 계산 시간은 기계마다 다르므로 초 대신 결론만 찍습니다
    if total >= 0.95 * sum(spent):
        print("걸린 시간 = 세 계산 시간의 합 (빨라지지 않았습니다)")
    else:
        print("걸린 시간 < 세 계산 시간의 합 (빨라졌습니다)")


asyncio.run(main())
