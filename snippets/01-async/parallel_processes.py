# /// script
# [tool.guide]
# exclusive = true
# ///
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> tuple[int, int]:
    """CPU 만 쓰는 일: limit 보다 작은 소수의 개수와, 계산한 프로세스의 번호."""
    count = sum(
        1 for n in range(2, limit)
        if all(n % d for d in range(2, int(n**0.5) + 1))
    )
    return count, os.getpid()


async def main() -> None:
    loop = asyncio.get_running_loop()
    limits = [50_000, 60_000]
    # 프로세스 두 개: CPU 코어가 둘 이상이면 두 계산이 정말로 같은 순간에 돕니다
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, n) for n in limits)
        )
    for limit, (count, pid) in zip(limits, results):
        where = "메인 프로세스" if pid == os.getpid() else "다른 프로세스"
        print(f"{limit:,} 보다 작은 소수: {count:,}개 ({where}에서 계산)")


if __name__ == "__main__":  # 프로세스를 쓰는 프로그램에는 꼭 필요합니다
    asyncio.run(main())
