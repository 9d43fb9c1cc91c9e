# /// script
# dependencies = ["fastapi", "httpx", "pytest", "pytest-asyncio"]
# ///
import sys
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from lifespan import app, lifespan


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with lifespan(app):  # 테스트마다 풀을 열고 닫습니다
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            yield c


@pytest.mark.asyncio
async def test_get_user(client: httpx.AsyncClient) -> None:
    response = await client.get("/users/7")
    assert response.status_code == 200
    assert response.json() == {"name": "사용자7"}


@pytest.mark.asyncio
async def test_user_id_must_be_int(client: httpx.AsyncClient) -> None:
    response = await client.get("/users/abc")
    assert response.status_code == 422


if __name__ == "__main__":
    sys.exit(pytest.main(["-qq", "-rp", __file__]))
