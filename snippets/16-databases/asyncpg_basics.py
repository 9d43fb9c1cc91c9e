# /// script
# dependencies = ["asyncpg"]
# [tool.guide]
# services = ["postgresql"]
# ///
import asyncio
import os
import threading

import asyncpg

# 페이지의 Docker 명령으로 띄운 서버의 주소입니다. 다른 서버라면 DATABASE_URL 로 알려 주세요.
DSN = os.environ.get("DATABASE_URL", "postgresql://postgres:secret@127.0.0.1:5432/postgres")


async def main() -> None:
    conn = await asyncpg.connect(DSN)
    try:
        print(f"스레드 {threading.active_count()}개: 연결은 루프가 다루는 소켓 하나입니다")
        # 임시 테이블(TEMP)은 연결을 닫으면 사라집니다: 몇 번을 실행해도 같은 결과입니다.
        # 트랜잭션 밖의 SQL 문은 하나씩 곧바로 커밋됩니다.
        await conn.execute("CREATE TEMP TABLE item (id serial PRIMARY KEY, name text, price int)")
        await conn.executemany(  # 한 트랜잭션으로: 모두 들어가거나 하나도 안 들어갑니다
            "INSERT INTO item (name, price) VALUES ($1, $2)",  # 자리표시자는 $1, $2
            [("사과", 1200), ("배", 3000), ("귤", 500)],
        )

        rows = await conn.fetch(
            "SELECT name, price FROM item WHERE price >= $1 ORDER BY price", 1000
        )
        for row in rows:  # Record: 이름으로도, 순서로도 읽습니다
            print(f"{row['name']}: {row[1]}원")
        cheapest = await conn.fetchrow("SELECT name, price FROM item ORDER BY price LIMIT 1")
        print("가장 싼 것:", cheapest["name"])
        count = await conn.fetchval("SELECT count(*) FROM item")
        print(f"모두 {count}개")

        try:
            async with conn.transaction():  # 블록이 예외로 끝나면 롤백합니다
                status = await conn.execute("UPDATE item SET price = price * 2")
                total = await conn.fetchval("SELECT sum(price) FROM item")
                print(f"트랜잭션 안: {status}, 합계 {total}원")
                raise RuntimeError("결제 서버 오류")
        except RuntimeError as e:
            print("예외:", e)
        total = await conn.fetchval("SELECT sum(price) FROM item")
        print(f"롤백 뒤: 합계 {total}원")
    finally:
        await conn.close()


asyncio.run(main())
