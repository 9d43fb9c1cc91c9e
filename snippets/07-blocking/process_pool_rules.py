# /// script
# [tool.guide]
# exclusive = true
# ///
import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

# 보호(if __name__ == ...) 밖, 모듈 맨 위의 코드입니다.
# 자식 쪽이 이 파일을 다시 import 하면 그곳에서도 실행됩니다.
print(f"모듈 맨 위의 코드를 실행합니다: __name__ = {__name__!r}")


def square(x: int) -> int:
    return x * x


async def main() -> None:
    print(f"시작 방식: {multiprocessing.get_start_method()}")
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        result = await loop.run_in_executor(pool, square, 7)
        print(f"맨 위에 정의한 함수: {result}")
        try:
            await loop.run_in_executor(pool, lambda x: x * x, 7)
        except Exception as e:  # pickle 할 수 없는 함수
            print(f"lambda: {type(e).__name__}: {e}")
    # with 블록은 일꾼 프로세스가 모두 끝나기를 기다린 뒤에 나옵니다
    print(f"with 블록 뒤에 남은 일꾼 프로세스: {len(multiprocessing.active_children())}개")


if __name__ == "__main__":  # 이 보호가 없으면 자식 쪽에서 main() 이 또 실행됩니다
    asyncio.run(main())
