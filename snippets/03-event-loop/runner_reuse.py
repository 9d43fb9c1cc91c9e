import asyncio


async def download(name: str, gate: asyncio.Semaphore) -> str:
    async with gate:  # 차례를 기다리는 순간 이 루프에 묶입니다
        await asyncio.sleep(0.1)
        return name


async def batch(label: str, gate: asyncio.Semaphore):
    done = await asyncio.gather(download("a", gate), download("b", gate))
    print(f"{label}: {done} 받음")
    return asyncio.get_running_loop()


print("--- asyncio.run() 을 두 번 ---")
gate = asyncio.Semaphore(1)  # 두 번의 호출이 함께 쓰는 객체
try:
    asyncio.run(batch("1차", gate))
    asyncio.run(batch("2차", gate))  # 새 루프를 만들어 실행합니다
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

print("--- asyncio.Runner 하나로 두 번 ---")
gate = asyncio.Semaphore(1)
with asyncio.Runner() as runner:
    first = runner.run(batch("1차", gate))
    second = runner.run(batch("2차", gate))  # 같은 루프를 다시 씁니다
    print(f"같은 루프인가요? {first is second is runner.get_loop()}")
print(f"with 블록이 끝난 뒤 루프는 닫혔나요? {first.is_closed()}")
