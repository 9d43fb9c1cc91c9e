import asyncio
import sys

# 윈도우 사용자가 많이 붙여 넣던 줄입니다.
# 이벤트 루프 정책(policy)은 3.14 에서 폐지 예정이 되었습니다
if sys.platform == "win32":
    asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("셀렉터 루프인가요?", isinstance(loop, asyncio.SelectorEventLoop))


asyncio.run(main())
