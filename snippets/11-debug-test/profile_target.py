import asyncio


def resize(pixels: int) -> int:
    """썸네일 만들기 흉내: CPU 만 쓰는 계산입니다."""
    total = 0
    for i in range(pixels):
        total += i % 7
    return total


async def make_thumbnails(count: int) -> None:
    for _ in range(count):
        resize(200_000)  # 이 동안 루프는 다른 태스크를 돌리지 못합니다
        await asyncio.sleep(0)  # 한 장마다 차례를 넘깁니다


async def download(count: int) -> None:
    for _ in range(count):
        await asyncio.sleep(0.02)  # 네트워크를 기다리는 흉내


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(make_thumbnails(10), name="썸네일")
        tg.create_task(download(10), name="내려받기")
    print("썸네일 10장, 내려받기 10번을 마쳤습니다")


asyncio.run(main())
