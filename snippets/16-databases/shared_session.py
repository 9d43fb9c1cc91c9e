# /// script
# dependencies = ["sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import tempfile
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


# --8<-- [start:tasks]
async def count_items(session: AsyncSession, n: int) -> str:
    try:
        total = await session.scalar(select(func.count(Item.id)))
        return f"태스크 {n}: 상품 {total}개"
    except Exception as e:  # 태스크 그룹이 다른 태스크를 취소하지 않도록 잡습니다
        return f"태스크 {n}: {type(e).__name__}: {str(e).split(' (')[0]}"


async def count_with_own_session(Session: async_sessionmaker, n: int) -> str:
    async with Session() as session:  # 태스크마다 자기 세션
        return await count_items(session, n)
# --8<-- [end:tasks]


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{Path(folder) / 'shop.db'}")
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
            await conn.execute(Item.__table__.insert(), [{"name": "사과"}, {"name": "배"}])
        await engine.dispose()  # 풀을 비웁니다: 막 시작한 서버처럼 연결이 하나도 없습니다
        Session = async_sessionmaker(engine)

        # --8<-- [start:main]
        print("--- 세션 하나를 태스크 셋이 함께 ---")
        async with Session() as session:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(count_items(session, n)) for n in (1, 2, 3)]
        print(*(task.result() for task in tasks), sep="\n")

        print("--- 태스크마다 자기 세션 ---")
        async with asyncio.TaskGroup() as tg:
            tasks = [
                tg.create_task(count_with_own_session(Session, n)) for n in (1, 2, 3)
            ]
        print(*(task.result() for task in tasks), sep="\n")
        # --8<-- [end:main]
        await engine.dispose()


asyncio.run(main())
