# /// script
# dependencies = ["fastapi", "httpx"]
# ///
import asyncio

import httpx

from lifespan import app, lifespan  # 앞 절의 앱을 그대로 가져옵니다


async def main() -> None:
    transport = httpx.ASGITransport(app=app)  # 네트워크 대신 앱을 직접 부릅니다
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        print("--- lifespan 없이 ---")
        try:
            await client.get("/users/1")
        except AttributeError as e:
            print(f"AttributeError: {e}")

        print("--- lifespan을 직접 열고 ---")
        async with lifespan(app):
            response = await client.get("/users/1")
            print(f"{response.status_code} {response.json()}")
            response = await client.get("/users/abc")
            print(f"{response.status_code} {response.json()['detail'][0]['msg']}")


asyncio.run(main())
