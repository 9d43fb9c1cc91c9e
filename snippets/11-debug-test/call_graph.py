# /// script
# requires-python = ">=3.14"
# ///
import asyncio


async def play(track: str) -> None:
    await asyncio.sleep(0.3)


async def album(tracks: list[str]) -> None:
    async with asyncio.TaskGroup() as tg:
        for track in tracks:
            tg.create_task(play(track), name=track)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(album(["첫 곡", "둘째 곡"]), name="앨범")
        await asyncio.sleep(0.1)  # 곡 태스크들이 시작해 sleep()에서 멈출 때까지
        first = next(t for t in asyncio.all_tasks() if t.get_name() == "첫 곡")

        # 1) 사람이 읽는 그림. limit=1: 스택마다 태스크 자신의 코루틴 한 줄만
        print("--- print_call_graph()")
        asyncio.print_call_graph(first, limit=1)

        # 2) 같은 그림을 문자열로. limit=0: 호출 스택 없이 누가 기다리는지만
        text = asyncio.format_call_graph(first, limit=0)
        print(f"--- format_call_graph(): {len(text.splitlines())}줄짜리 문자열")
        print(text)

        # 3) 프로그램이 읽는 자료: FutureCallGraph 를 따라 올라갑니다
        print("--- capture_call_graph()")
        graph = asyncio.capture_call_graph(first)
        while graph is not None:
            # call_stack 은 안쪽(지금 멈춘 곳)부터: 뒤집어서 바깥부터 찍습니다
            names = [entry.frame.f_code.co_qualname for entry in graph.call_stack]
            print(f"{graph.future.get_name()}: {' → '.join(reversed(names))}")
            graph = graph.awaited_by[0] if graph.awaited_by else None


asyncio.run(main())
