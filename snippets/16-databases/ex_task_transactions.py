# /// script
# dependencies = ["sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(unique=True)  # 주문 번호는 겹치면 안 됩니다


async def place(Session: async_sessionmaker, number: str) -> str:
    try:
        async with Session.begin() as session:  # 태스크마다 자기 세션, 자기 트랜잭션
            session.add(Order(number=number))
        return f"{number}: 커밋"
    except IntegrityError:  # 이 태스크의 트랜잭션만 롤백됩니다
        return f"{number}: 이미 있는 번호라 롤백"


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{Path(folder) / 'shop.db'}")
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        Session = async_sessionmaker(engine)
        async with Session.begin() as session:
            session.add(Order(number="A-2"))  # 미리 있던 주문

        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(place(Session, n)) for n in ("A-1", "A-2", "A-3")]
        print(*(task.result() for task in tasks), sep="\n")

        async with Session() as session:
            numbers = await session.scalars(select(Order.number).order_by(Order.number))
            print("저장된 주문:", list(numbers))
        await engine.dispose()


asyncio.run(main())
