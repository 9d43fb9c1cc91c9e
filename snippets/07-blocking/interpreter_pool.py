# /// script
# requires-python = ">=3.14"
# [tool.guide]
# exclusive = true
# ///
import asyncio
import sys
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

# 일꾼 인터프리터도 crunch 를 찾으려고 이 파일을 읽으며 이 줄을 실행합니다.
# 두 일꾼이 동시에 찍어도 줄이 섞이지 않게, 줄바꿈까지 한 번에 씁니다.
sys.stdout.write("모듈 맨 위의 코드를 실행합니다\n")

N = 3_000_000


def crunch(n: int) -> tuple[int, int]:
    """CPU 만 쓰는 계산입니다. 결과와, 계산한 인터프리터의 번호를 돌려줍니다."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total, interpreters.get_current().id


async def main() -> None:
    main_id = interpreters.get_current().id  # 이벤트 루프가 도는 메인 인터프리터
    loop = asyncio.get_running_loop()
    with InterpreterPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            loop.run_in_executor(pool, crunch, N),
            loop.run_in_executor(pool, crunch, N),
        )
        limit = 10

        def below_limit(x: int) -> bool:  # 바깥 변수 limit 을 쓰는 안쪽 함수
            return x < limit

        try:
            await loop.run_in_executor(pool, below_limit, 3)
        except Exception as e:
            print(f"안쪽 함수를 넘기면: {type(e).__name__}")
    ids = {interp_id for _, interp_id in results}
    print(f"계산 결과: {[total for total, _ in results]}")
    print(f"계산한 인터프리터: 서로 다른 {len(ids)}개, 메인 인터프리터는 없음: {main_id not in ids}")


if __name__ == "__main__":  # 인터프리터 풀에도 필요합니다
    asyncio.run(main())
