import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    # 옛 글은 loop 를 여기저기 넘겼습니다. 3.10 에서 이 매개변수가 없어졌습니다
    attempts = {
        "asyncio.sleep(0.1, loop=loop)": lambda: asyncio.sleep(0.1, loop=loop),
        "asyncio.Queue(loop=loop)": lambda: asyncio.Queue(loop=loop),
        "asyncio.Lock(loop=loop)": lambda: asyncio.Lock(loop=loop),
    }
    for code, attempt in attempts.items():
        try:
            attempt()
        except TypeError as e:
            print(f"{code}\n  → {type(e).__name__}: {e}")

    # Task 클래스의 메서드였던 것들은 3.9 에서 없어졌습니다
    try:
        asyncio.Task.all_tasks()
    except AttributeError as e:
        print(f"asyncio.Task.all_tasks()\n  → {type(e).__name__}: {e}")


asyncio.run(main())
