def boil_water():
    """물 끓이기: 두 번 멈췄다가 결과를 돌려주는 제너레이터."""
    temp = yield "물 데우는 중"
    print(f"  (boil_water) 바깥에서 {temp}도라고 알려 줌")
    yield "거의 다 됨"
    return "끓는 물"


def make_tea():
    # 멈춤과 send() 를 안쪽 제너레이터에 그대로 넘깁니다
    water = yield from boil_water()
    print(f"  (make_tea) 받은 것: {water}")
    return f"{water}로 우린 차"


gen = make_tea()
# 바깥은 make_tea 만 보지만, 실제로는 boil_water 가 yield 한 값입니다
print(next(gen))
print(gen.send(90))   # send 도 곧장 boil_water 까지 내려갑니다
try:
    next(gen)
except StopIteration as stop:
    print("결과:", stop.value)
