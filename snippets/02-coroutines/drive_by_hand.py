import types


@types.coroutine
def pause(label: str):
    """await 할 수 있는 제너레이터: label 을 맨 바깥에 올려 보내고 멈춥니다."""
    reply = yield label
    return reply


async def inner() -> int:
    a = await pause("첫 번째 멈춤")
    print(f"  inner: {a} 을(를) 받음")
    b = await pause("두 번째 멈춤")
    print(f"  inner: {b} 을(를) 받음")
    return a + b


async def outer() -> str:
    total = await inner()  # await 는 inner 의 멈춤을 그대로 바깥에 전달합니다
    return f"합계 {total}"


coro = outer()
print("바깥이 받은 값:", coro.send(None))  # 첫 멈춤까지 실행합니다
# 10 은 outer 와 inner 를 지나 pause 에 도착합니다
print("바깥이 받은 값:", coro.send(10))
try:
    coro.send(20)
except StopIteration as stop:
    print("끝, 결과:", stop.value)
