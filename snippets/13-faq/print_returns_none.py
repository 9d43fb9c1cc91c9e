def show(label: str) -> None:
    print(f"{label}: 함수 안에서 출력")  # 반환문이 없으니 None 을 돌려줍니다


print(show("첫 번째"))  # 안에서 한 번, 바깥 print 가 None 을 한 번 더

show("두 번째")  # 출력만 원한다면 그냥 부르면 됩니다

try:
    sleep(0.5)  # import 없이 쓴 이름
except NameError as e:
    print("NameError:", e)
