import asyncio
import logging

logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s")


async def send_email(to: str) -> None:
    await asyncio.sleep(0.1)
    raise ConnectionError(f"{to}에게 메일을 보내지 못했습니다")


async def main() -> None:
    jobs = [asyncio.create_task(send_email("minji@example.com"))]  # 참조는 쥐고 있습니다
    await asyncio.sleep(0.3)
    print(f"0.3초: 태스크는 끝났나요? {jobs[0].done()}. 그런데 로그는 아직 없습니다")
    jobs.clear()  # 마지막 참조를 놓으면 태스크 객체가 사라집니다
    print("참조를 놓은 뒤")


asyncio.run(main())
