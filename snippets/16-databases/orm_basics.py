# /// script
# dependencies = ["sqlalchemy[asyncio]", "aiosqlite"]
# ///
import asyncio
import tempfile
from pathlib import Path

from sqlalchemy import ForeignKey, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


# --8<-- [start:models]
class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    posts: Mapped[list["Post"]] = relationship(back_populates="author")


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    author: Mapped[User] = relationship(back_populates="posts")
# --8<-- [end:models]


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        # --8<-- [start:main]
        engine = create_async_engine(f"sqlite+aiosqlite:///{Path(folder) / 'blog.db'}")
        async with engine.begin() as conn:  # 표 만들기: 동기 함수를 run_sync로
            await conn.run_sync(Base.metadata.create_all)

        Session = async_sessionmaker(engine, expire_on_commit=False)
        async with Session() as session:
            async with session.begin():  # 블록이 끝나면 커밋, 예외면 롤백
                kim = User(name="김", posts=[Post(title="첫 글"), Post(title="둘째 글")])
                session.add_all([kim, User(name="이")])
            print("커밋 뒤 kim.id =", kim.id)

            # scalars(): 행마다 첫 열(여기서는 User 객체)만
            users = await session.scalars(select(User).order_by(User.name))
            print("사용자:", [user.name for user in users])

            # execute(): 여러 열의 행(Row)
            stmt = (
                select(User.name, func.count(Post.id))
                .outerjoin(User.posts)
                .group_by(User.id)
                .order_by(User.name)
            )
            for name, count in await session.execute(stmt):
                print(f"{name}: 글 {count}개")

        await engine.dispose()  # 풀의 연결을 모두 닫습니다
        # --8<-- [end:main]


asyncio.run(main())
