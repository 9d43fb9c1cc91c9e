# /// script
# [tool.guide]
# exclusive = true
# ///
import asyncio
from concurrent.futures import ProcessPoolExecutor


def count_primes(lo: int, hi: int) -> int:
    """lo 이상 hi 미만의 소수 개수. CPU 만 씁니다."""
    count = 0
    for n in range(max(lo, 2), hi):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


async def main() -> None:
    loop = asyncio.get_running_loop()
    ranges = [(0, 25_000), (25_000, 50_000), (50_000, 75_000),
              (75_000, 100_000)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = await asyncio.gather(
            *(
                loop.run_in_executor(pool, count_primes, lo, hi)
                for lo, hi in ranges
            )
        )
    for (lo, hi), c in zip(ranges, counts):
        print(f"{lo:>6} 이상 {hi:>7} 미만: {c}개")
    print(f"합계: {sum(counts)}개")


if __name__ == "__main__":
    asyncio.run(main())
