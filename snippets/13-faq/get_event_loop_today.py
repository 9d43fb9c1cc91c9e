import asyncio
import warnings

# 실행 중인 루프가 없는 곳에서 get_event_loop() 를 부르면 어떻게 될까요?
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        loop = asyncio.get_event_loop()
        print("루프를 만들어 돌려줬습니다")
        loop.close()
    except RuntimeError as e:  # 3.14 부터
        print("RuntimeError:", e)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
if not caught:
    print("경고 없음")
