import asyncio
import sys

# 윈도우 사용자가 많이 붙여 넣던 줄입니다. 정책(policy)으로 루프의 종류를 바꿉니다.
# 다른 플랫폼에서는 기본 정책으로 같은 호출을 재현합니다.
if sys.platform == "win32":
    policy = asyncio.WindowsSelectorEventLoopPolicy()
else:
    policy = asyncio.DefaultEventLoopPolicy()
asyncio.set_event_loop_policy(policy)


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("셀렉터 루프인가요?", isinstance(loop, asyncio.SelectorEventLoop))


asyncio.run(main())
