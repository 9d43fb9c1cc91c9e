import asyncio
import inspect


async def handler() -> None:
    await asyncio.sleep(0)


def plain() -> None:
    pass


# asyncio.iscoroutinefunction() 은 3.14 에서 폐지 예정이 되었습니다.
# inspect 모듈의 같은 이름 함수를 씁니다
for func in [handler, plain]:
    print(f"{func.__name__}: {inspect.iscoroutinefunction(func)}")
