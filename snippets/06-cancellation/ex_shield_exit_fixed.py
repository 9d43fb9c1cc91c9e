import asyncio

background: set[asyncio.Task] = set()


async def write_audit_log(event: str) -> None:
    try:
        await asyncio.sleep(0.3)  # 감사 로그를 원격 저장소에 쓰는 중
        print(f"감사 로그 저장 끝: {event}")
    except asyncio.CancelledError:
        print(f"감사 로그 저장이 취소됐습니다: {event}")
        raise


async def handle_request() -> str:
    task = asyncio.create_task(write_audit_log("로그인"))
    background.add(task)  # 참조를 남겨 둡니다
    task.add_done_callback(background.discard)
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(task)
    except TimeoutError:
        pass  # 로그 저장은 뒤에서 계속되게 두고 먼저 응답합니다
    return "응답 보냄"


async def main() -> None:
    print(await handle_request())
    # 프로그램을 끝내기 전에 뒤에서 도는 태스크를 기다립니다
    await asyncio.gather(*background)
    print("남은 태스크 없이 종료")


asyncio.run(main())
