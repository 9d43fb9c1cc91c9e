import asyncio
import inspect


async def brew() -> str:
    return "커피"


def wash() -> str:
    return "설거지"


for func in (brew, wash):
    print(f"{func.__name__}: inspect → {inspect.iscoroutinefunction(func)}")

# 옛 코드에서 보이는 방법: 3.14+ 에서는 폐지 예정 경고가 납니다
print(f"brew: asyncio → {asyncio.iscoroutinefunction(brew)}")
