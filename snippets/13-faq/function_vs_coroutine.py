import asyncio
import inspect


async def job() -> str:
    print("job 본문 실행")
    return "job 결과"


print(job)  # 함수 자체: 코루틴 함수
print("코루틴 함수인가요?", inspect.iscoroutinefunction(job))

coro = job()  # 호출하면 코루틴 객체가 생길 뿐, 본문은 아직 실행되지 않습니다
print(coro)

print(asyncio.run(coro))  # 이벤트 루프가 실행해야 본문이 돌아갑니다
