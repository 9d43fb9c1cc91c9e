import asyncio


async def read_config(path: str) -> dict[str, object]:
    await asyncio.sleep(0.1)
    return {"path": path, "debug": True}


async def boot() -> None:
    task = asyncio.create_task(read_config("app.toml"))
    config = await task
    print("설정:", config)


asyncio.run(boot())
