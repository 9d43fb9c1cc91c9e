import asyncio
import logging

# asyncio 가 남기는 로그에 수준과 로거 이름을 붙여 봅니다
logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s")


async def upload(filename: str) -> None:
    await asyncio.sleep(0.1)
    raise ConnectionError(f"{filename} 업로드 실패")


async def main() -> None:
    asyncio.create_task(upload("report.pdf"))  # 태스크를 만들고 잊어버립니다
    print("업로드를 맡기고 다른 일을 합니다")
    await asyncio.sleep(0.3)
    print("main 끝: 예외는 아무도 꺼내 보지 않았습니다")


asyncio.run(main())
