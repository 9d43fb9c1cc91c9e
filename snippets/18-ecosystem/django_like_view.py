# /// script
# dependencies = ["asgiref"]
# ///
import asyncio
import threading
import time

from asgiref.sync import async_to_sync, sync_to_async

loops: list[asyncio.AbstractEventLoop] = []


def where() -> str:
    return "메인 스레드" if threading.current_thread() is threading.main_thread() else "다른 스레드"


def load_user(user_id: int) -> str:
    """ORM 같은 동기 코드. 한 스레드에서만 써야 한다고 칩시다."""
    print(f"    load_user(): {where()}")
    return f"user{user_id}"


async def call_api(name: str) -> str:
    await asyncio.sleep(0.2)  # 외부 API를 부르는 비동기 클라이언트 자리
    return name


async def fetch_profile(user_id: int) -> str:
    loops.append(asyncio.get_running_loop())
    print(f"  fetch_profile(): {where()}, {len(loops)}번째 루프")
    user = await sync_to_async(load_user)(user_id)  # thread_sensitive=True가 기본값
    orders, points = await asyncio.gather(call_api("주문"), call_api("포인트"))
    return f"{user}의 {orders}, {points}"


def profile_view(user_id: int) -> str:
    """Django의 동기 뷰라고 생각하세요."""
    return async_to_sync(fetch_profile)(user_id)


for user_id in (1, 2):
    start = time.monotonic()
    print(f"profile_view({user_id}): {where()}")
    print(f"  → {profile_view(user_id)} ({time.monotonic() - start:.1f}초)")
print(f"두 호출이 같은 루프를 썼나요? {loops[0] is loops[1]}")
print(f"첫 루프는 닫혔나요? {loops[0].is_closed()}")
