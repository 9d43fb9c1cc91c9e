# /// script
# dependencies = ["sqlalchemy[asyncio]", "asyncpg"]
# [tool.guide]
# services = ["postgresql"]
# ///
import asyncio
import os
import time

from sqlalchemy import func, make_url, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = os.environ.get("DATABASE_URL", "postgresql://postgres:secret@127.0.0.1:5432/postgres")
URL = make_url(DSN).set(drivername="postgresql+asyncpg")  # 주소에서 바뀌는 곳은 여기뿐입니다


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "guide_item"  # 시작할 때 지우는 테이블: 여러분의 테이블과 겹치지 않는 이름
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    price: Mapped[int]


async def slow_total(Session: async_sessionmaker[AsyncSession], seconds: float, start: float) -> None:
    async with Session() as session:  # 태스크마다 세션 하나
        # SQLAlchemy 에서는 :이름 으로 씁니다. asyncpg 드라이버가 $1 로 바꿔 보냅니다
        await session.execute(text("SELECT pg_sleep(:s)"), {"s": seconds})
        total = await session.scalar(select(func.sum(Item.price)))
        print(f"{seconds}초 쿼리: 합계 {total}원, {time.perf_counter() - start:.1f}초에 끝")


async def main() -> None:
    engine = create_async_engine(URL, pool_size=3, max_overflow=0)
    print("드라이버:", engine.dialect.driver)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)  # 전에 실행하며 남긴 표를 지우고
        await conn.run_sync(Base.metadata.create_all)  # 새로 만듭니다
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session.begin() as session:  # 블록이 끝나면 커밋합니다
        session.add_all([Item(name="사과", price=1200), Item(name="배", price=3000)])

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for seconds in [0.2, 0.4, 0.6]:
            tg.create_task(slow_total(Session, seconds, start))
    print(f"셋 모두 {time.perf_counter() - start:.1f}초 (하나씩이면 1.2초)")
    await engine.dispose()


asyncio.run(main())
