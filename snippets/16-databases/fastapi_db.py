# /// script
# dependencies = ["fastapi", "httpx", "sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import itertools
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


numbers = itertools.count(1)  # 세션에 붙일 번호
open_sessions = 0  # 지금 열려 있는 세션 수
most_open = 0  # 동시에 열려 있던 세션 수의 최댓값


# --8<-- [start:app]
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{Path(folder) / 'shop.db'}")
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        app.state.Session = async_sessionmaker(engine, expire_on_commit=False)
        yield  # 엔진 하나를 모든 요청이 함께 씁니다
        await engine.dispose()


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    global open_sessions, most_open
    async with request.app.state.Session() as session:  # 요청마다 새 세션
        session.info["no"] = next(numbers)
        open_sessions += 1
        most_open = max(most_open, open_sessions)
        try:
            yield session  # 엔드포인트가 이 세션을 받습니다
        finally:
            open_sessions -= 1  # 블록을 나오며 세션을 닫습니다


DB = Annotated[AsyncSession, Depends(get_session)]
app = FastAPI(lifespan=lifespan)


@app.post("/items/{name}")
async def add_item(name: str, session: DB) -> str:
    session.add(Item(name=name))
    await asyncio.sleep(0.5)  # 다른 일을 기다리는 동안 다른 요청이 돕니다
    await session.commit()
    return f"{name} 저장 (세션 {session.info['no']})"


@app.get("/items")
async def list_items(session: DB) -> list[str]:
    return list(await session.scalars(select(Item.name).order_by(Item.name)))
# --8<-- [end:app]


# --8<-- [start:main]
async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        async with lifespan(app):  # ASGITransport는 lifespan을 실행하지 않습니다
            await client.get("/items")  # 첫 요청에만 드는 준비 시간은 재기 전에 치릅니다
            started = time.perf_counter()
            responses = await asyncio.gather(
                *(client.post(f"/items/{name}") for name in ["사과", "배", "감"])
            )
            elapsed = time.perf_counter() - started
            for response in responses:
                print(response.json())
            print(f"요청 3개: {elapsed:.1f}초, 동시에 열린 세션 최대 {most_open}개")
            print("GET /items →", (await client.get("/items")).json())
            print(f"지금 열린 세션: {open_sessions}개")


asyncio.run(main())
# --8<-- [end:main]
