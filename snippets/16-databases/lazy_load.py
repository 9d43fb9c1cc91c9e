# /// script
# dependencies = ["sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import gc
import tempfile
import warnings
from pathlib import Path

from sqlalchemy import ForeignKey, select
from sqlalchemy.exc import StatementError
from sqlalchemy.ext.asyncio import AsyncAttrs, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload


class Base(AsyncAttrs, DeclarativeBase):  # AsyncAttrs: awaitable_attrs를 더합니다
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    posts: Mapped[list["Post"]] = relationship()  # 기본은 지연 로딩(lazy="select")


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


# 이 오류가 날 때 aiosqlite의 커서 코루틴 하나가 기다리지 않은 채 버려져
# "never awaited" 경고가 덤으로 납니다(SQLAlchemy 2.1.9, aiosqlite 0.22.1).
# 그 경고만 끄고, 버려진 코루틴은 아래에서 gc.collect()로 곧바로 치웁니다
warnings.filterwarnings("ignore", "coroutine 'Connection.cursor' was never awaited")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_async_engine(f"sqlite+aiosqlite:///{Path(folder) / 'blog.db'}")
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        # --8<-- [start:lazy]
        Session = async_sessionmaker(engine)  # expire_on_commit=True가 기본값
        async with Session() as session:
            kim = User(name="김", posts=[Post(title="첫 글"), Post(title="둘째 글")])
            session.add(kim)
            await session.commit()  # 커밋하면 kim의 속성이 모두 만료됩니다
            try:
                print(kim.name)  # 만료된 속성: 다시 읽으려면 SQL을 보내야 합니다
            except StatementError as e:
                print(f"1) 커밋 뒤 kim.name: {type(e).__name__} ← {type(e.orig).__name__}")

        Session = async_sessionmaker(engine, expire_on_commit=False)
        async with Session() as session:
            kim = await session.scalar(select(User).where(User.name == "김"))
            try:
                print(kim.posts)  # 아직 읽지 않은 관계: 여기서 SQL을 보내야 합니다
            except StatementError as e:
                print(f"2) kim.posts: {type(e).__name__} ← {type(e.orig).__name__}")
                print(f"   {str(e.orig).split(' (Background')[0]}")
        gc.collect()  # 위의 설명 참고: 교훈과 상관없는 뒷정리

        async with Session() as session:
            # 고치는 법 1: 관계를 처음부터 함께 읽습니다
            stmt = select(User).where(User.name == "김").options(selectinload(User.posts))
            kim = await session.scalar(stmt)
            print("3) selectinload:", [post.title for post in kim.posts])

        async with Session() as session:
            # 고치는 법 2: 필요할 때 await로 읽습니다
            kim = await session.scalar(select(User).where(User.name == "김"))
            posts = await kim.awaitable_attrs.posts
            print("4) awaitable_attrs:", [post.title for post in posts])
        # --8<-- [end:lazy]
        await engine.dispose()


asyncio.run(main())
