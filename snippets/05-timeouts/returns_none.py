def report() -> None:
    print("확인했습니다")  # 화면에 찍기만 하고 아무것도 돌려주지 않습니다


print(report())  # report() 가 찍은 줄, 이어서 돌려준 값 None 이 찍힙니다
