import asyncio
import time


class Cache:
    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.loads = 0  # 느린 원본을 몇 번 읽었는지
        self.lock = asyncio.Lock()

    async def get(self, key: str) -> str:
        async with self.lock:  # 확인 → 읽기 → 저장을 한 태스크씩
            if key not in self.data:
                self.loads += 1
                await asyncio.sleep(0.2)  # 느린 원본(DB, API)에서 읽어 옵니다
                self.data[key] = f"{key}의 값"
        return self.data[key]


async def main() -> None:
    cache = Cache()
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(cache.get("설정")) for _ in range(5)]
    print(f"결과: {sorted({t.result() for t in tasks})}")
    elapsed = time.perf_counter() - t0
    print(f"원본을 읽은 횟수: {cache.loads}번, 걸린 시간: {elapsed:.1f}초")


asyncio.run(main())
