# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import sys

# `python ps_target.py 60` 처럼 기다릴 초를 줄 수 있습니다 (기본 0.5초)
SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
# 태스크 이름은 영어로 짓습니다. 3.14의 조사 도구는 한글 이름을 읽지 못합니다
ALBUMS = {"album A": ["song 1", "song 2"], "album B": ["song 3"]}
TRACKS = sum(len(tracks) for tracks in ALBUMS.values())
started = 0  # 재생을 시작한 곡 수


def say_ready() -> None:
    # 조사 도구를 부를 쪽(사람이든 프로그램이든)이 이 줄을 기다립니다
    print(f"준비: 곡 {TRACKS}개가 {SECONDS:.1f}초 동안 기다립니다", flush=True)


async def play(track: str) -> None:
    global started
    started += 1
    if started == TRACKS:  # 마지막 곡: 모든 태스크가 자리를 잡았습니다
        # 지금 바로 찍지 않고 예약합니다. 이 걸음이 끝나 태스크가 모두 멈춘 뒤에 찍힙니다
        asyncio.get_running_loop().call_soon(say_ready)
    await asyncio.sleep(SECONDS)


async def album(tracks: list[str]) -> None:
    async with asyncio.TaskGroup() as tg:
        for track in tracks:
            tg.create_task(play(track), name=track)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        for name, tracks in ALBUMS.items():
            tg.create_task(album(tracks), name=name)
    print("끝")


asyncio.run(main())
