import asyncio
import inspect


async def brew(drink: str) -> str:
    print(f"{drink} 내리는 중")  # 이 줄이 언제 실행되는지 보세요
    return f"{drink} 한 잔"


print(brew)                                    # 코루틴 함수
print(inspect.iscoroutinefunction(brew))

cup = brew("커피")                              # 호출: 본문은 아직 실행 전
print(cup)                                     # 코루틴 객체
print(inspect.iscoroutine(cup))
cup.close()  # 실행하지 않을 코루틴은 닫아 둡니다 (안 그러면 경고가 납니다)

print(asyncio.run(brew("녹차")))                # 실행하면 그제야 본문이 돕니다
