# /// script
# dependencies = ["aiosqlite"]
# ///
import asyncio
import tempfile
import threading
from pathlib import Path

import aiosqlite


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:  # 끝나면 폴더째 지웁니다
        path = Path(folder) / "shop.db"
        print(f"스레드 {threading.active_count()}개: 메인 스레드뿐")
        async with aiosqlite.connect(path) as db:  # 연결 하나 = 스레드 하나
            print(f"스레드 {threading.active_count()}개: 연결의 스레드가 생겼습니다")
            await db.execute(
                "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price INT)"
            )
            await db.executemany(
                "INSERT INTO item (name, price) VALUES (?, ?)",
                [("사과", 1200), ("배", 3000), ("귤", 500)],
            )
            await db.commit()  # 쓰기는 커밋해야 남습니다

            # async with: 블록을 나오면 커서를 닫습니다
            # async for: 행을 묶음(기본 64개)으로 받아 하나씩 내줍니다
            sql = "SELECT name, price FROM item WHERE price >= ? ORDER BY price"
            async with db.execute(sql, (1000,)) as cursor:
                async for name, price in cursor:
                    print(f"{name}: {price}원")

            async with db.execute("SELECT count(*) FROM item") as cursor:
                (count,) = await cursor.fetchone()
            print(f"모두 {count}개")
        print("연결을 닫았습니다")


asyncio.run(main())
