# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import sys

# `python ps_target.py 60` 처럼 기다릴 초를 줄 수 있습니다 (기본 0.5초)
SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5


async def play(track: str) -> None:
    await asyncio.sleep(SECONDS)


async def album(tracks: list[str]) -> None:
    async with asyncio.TaskGroup() as tg:
        for track in tracks:
            tg.create_task(play(track), name=track)


async def main() -> None:
    print(f"{SECONDS:.1f}초 동안 기다립니다")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(album(["첫 곡", "둘째 곡"]), name="앨범 A")
        tg.create_task(album(["셋째 곡"]), name="앨범 B")
    print("끝")


asyncio.run(main())
