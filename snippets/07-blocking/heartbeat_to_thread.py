import asyncio
import time

T0 = time.perf_counter()


def log(who: str, message: str) -> None:
    print(f"{time.perf_counter() - T0:.1f}초 {who}: {message}")


def read_settings() -> str:
    """고칠 수 없는 동기 함수라고 생각하세요 (느린 디스크, DB, 네트워크)."""
    time.sleep(0.5)
    return "항목 12개"


async def heartbeat() -> None:
    for n in range(1, 4):
        await asyncio.sleep(0.2)  # 0.2초마다 뛰어야 합니다
        log("박동", f"♥ {n}")


async def download() -> None:
    await asyncio.sleep(0.3)  # 0.3초 뒤에 응답이 옵니다
    log("다운로드", "끝")


async def load_settings() -> None:
    log("설정", "읽기 시작")
    result = await asyncio.to_thread(read_settings)  # 다른 스레드에서 실행
    log("설정", f"읽기 끝 ({result})")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat(), name="박동")
        tg.create_task(download(), name="다운로드")
        tg.create_task(load_settings(), name="설정")


asyncio.run(main())
