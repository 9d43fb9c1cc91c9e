import asyncio


async def load_profile(user: str) -> dict[str, str]:
    await asyncio.sleep(0.1)  # yield from 대신 await
    return {"name": user}


async def main() -> None:
    profile = await load_profile("minji")
    print(profile)


asyncio.run(main())
