def tally():
    """send() 로 받은 주문을 세고, 지금까지의 합계를 yield 로 돌려줍니다."""
    total = 0
    while True:
        # 여기서 멈췄다가, send(값) 이 오면 그 값을 받고 이어갑니다
        order = yield total
        if order is None:
            return f"마감: 모두 {total}잔"
        total += order
        print(f"  (제너레이터 안) {order}잔 주문 받음")


counter = tally()
print("제너레이터 객체:", type(counter).__name__)  # 본문은 아직 실행 전
print("첫 next():", next(counter))            # 첫 yield 까지 실행합니다
print("send(2) →", counter.send(2))
print("send(3) →", counter.send(3))
try:
    counter.send(None)
except StopIteration as stop:
    print("StopIteration.value:", stop.value)  # return 값이 여기에 담깁니다
