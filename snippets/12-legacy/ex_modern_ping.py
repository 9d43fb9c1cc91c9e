import asyncio

HOSTS = [("db", 0.1), ("cache", 0.2), ("search", 2.0)]


async def ping(host: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{host} 응답"


async def ping_or_give_up(host: str, delay: float) -> str:
    try:
        async with asyncio.timeout(0.5):
            return await ping(host, delay)
    except TimeoutError:
        return f"{host} 시간 초과"


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(ping_or_give_up(h, d)) for h, d in HOSTS]
    for task in tasks:
        print(task.result())


asyncio.run(main())
