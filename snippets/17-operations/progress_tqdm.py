# /// script
# dependencies = ["tqdm"]
# ///
import asyncio
import io

from tqdm.asyncio import tqdm

FILES = {"a.csv": 0.3, "b.csv": 0.1, "c.csv": 0.5, "d.csv": 0.2, "e.csv": 0.4}


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return name


async def main() -> None:
    coros = [download(n, s) for n, s in FILES.items()]
    screen = io.StringIO()  # 터미널 대신 여기에 그립니다(기본은 sys.stderr)
    done = []
    bar = tqdm.as_completed(
        coros,  # asyncio.as_completed()를 감싸 하나 받을 때마다 막대를 늘립니다
        total=len(coros),
        desc="받기",
        file=screen,
        ncols=31,  # 막대 칸 수가 5의 배수가 되도록
        ascii=True,
        mininterval=0,  # 예제에서는 받을 때마다 그립니다
        miniters=1,
        bar_format="{desc} {n_fmt}/{total_fmt} |{bar}|",  # 시간과 속도는 빼고
    )
    for next_result in bar:
        done.append(await next_result)
    print("받은 순서:", ", ".join(done))
    print("--- tqdm이 그린 모양을 차례로")
    for frame in screen.getvalue().split("\r"):  # \r로 같은 줄을 고쳐 그렸습니다
        if frame.strip():
            print(frame.rstrip())


asyncio.run(main())
