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
        await asyncio.sleep(0.1)  # 태스크들이 모두 자리를 잡을 때까지
        first = next(t for t in asyncio.all_tasks() if t.get_name() == "첫 곡")

        # 1) 사람이 읽는 그림: 호출 스택과, 누가 이 태스크를 기다리는지
        asyncio.print_call_graph(first)

        # 2) 프로그램이 읽는 자료: FutureCallGraph 를 따라 올라갑니다
        graph = asyncio.capture_call_graph(first)
        chain = []
        while graph is not None:
            chain.append(graph.future.get_name())
            graph = graph.awaited_by[0] if graph.awaited_by else None
        print(" ← ".join(chain))


asyncio.run(main())
