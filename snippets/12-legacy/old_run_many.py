import asyncio
import time


async def brew(cup: int) -> None:
    print(f"커피 {cup}잔째 내리는 중")
    await asyncio.sleep(0.1)


# 동기 코드에서 asyncio.run() 을 줄줄이 부르는 옛 코드
start = time.perf_counter()
asyncio.run(brew(1))
asyncio.run(brew(2))
asyncio.run(brew(3))
print(f"세 잔에 {time.perf_counter() - start:.1f}초: 한 잔씩 차례로 내렸습니다")

# asyncio.run() 은 부를 때마다 새 루프를 만들고 닫습니다.
# 한 루프에서 쓴 Event 같은 객체는 다음 루프로 가져갈 수 없습니다.
order_ready = asyncio.Event()


async def wait_for_order() -> None:
    asyncio.get_running_loop().call_later(0.1, order_ready.set)
    await order_ready.wait()
    order_ready.clear()
    print("주문이 준비됐습니다")


asyncio.run(wait_for_order())  # 첫 루프: 잘 됩니다
try:
    asyncio.run(wait_for_order())  # 둘째 루프: 같은 Event 를 다시 씁니다
except RuntimeError as e:
    # 메시지는 '<asyncio.locks.Event object at 0x...> is bound to ...' 꼴입니다
    print(f"{type(e).__name__}: Event {str(e).rpartition('> ')[2]}")
