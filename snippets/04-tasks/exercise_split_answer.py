import asyncio


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    if name in ("B", "D"):
        raise ConnectionError(f"{name} 응답 없음")
    return f"{name}.txt"


async def main() -> None:
    names = ["A", "B", "C", "D"]
    results = await asyncio.gather(
        *(download(name, 0.1 * (i + 1)) for i, name in enumerate(names)),
        return_exceptions=True,
    )
    ok, failed = {}, {}
    for name, result in zip(names, results):  # 결과는 넘긴 순서대로입니다
        if isinstance(result, Exception):
            failed[name] = result
        else:
            ok[name] = result
    print(f"성공: {ok}")
    print(f"실패: {failed}")


asyncio.run(main())
