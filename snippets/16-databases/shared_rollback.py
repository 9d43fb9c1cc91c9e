# /// script
# dependencies = ["sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(unique=True)


# --8<-- [start:tasks]
async def task_a(session: AsyncSession) -> None:
    session.add(Order(number="A-1"))
    await session.flush()  # INSERT를 보냈습니다 (아직 커밋 전)
    await asyncio.sleep(0.2)  # 다른 일을 하는 동안
    await session.commit()
    print("A: A-1 커밋 성공")


async def task_b(session: AsyncSession) -> None:
    await asyncio.sleep(0.1)
    session.add(Order(number="B-1"))  # 이미 있는 번호
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()  # B는 자기 실패를 되돌렸을 뿐입니다
        print("B: 중복 번호라 롤백")
# --8<-- [end:tasks]


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{Path(folder) / 'shop.db'}")
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
            await conn.execute(Order.__table__.insert(), [{"number": "B-1"}])
        Session = async_sessionmaker(engine, expire_on_commit=False)

        async with Session() as session:  # 잘못: 세션 하나를 두 태스크가 함께
            async with asyncio.TaskGroup() as tg:
                tg.create_task(task_a(session))
                tg.create_task(task_b(session))

        async with Session() as session:
            numbers = await session.scalars(select(Order.number).order_by(Order.number))
            print("저장된 주문:", list(numbers))
        await engine.dispose()


asyncio.run(main())
