import types


@types.coroutine
def give_turn():
    yield  # 아무것도 올려 보내지 않고 멈춥니다: '차례를 넘긴다'


async def worker(name: str, steps: int) -> str:
    for i in range(1, steps + 1):
        print(f"{name} {i}단계")
        await give_turn()
    return f"{name} 완료"


def run_all(coros: list) -> list:
    """코루틴들을 send(None) 으로 한 번씩 돌아가며 실행합니다."""
    waiting = list(coros)
    results = []
    while waiting:
        coro = waiting.pop(0)
        try:
            coro.send(None)  # 다음 멈춤까지 실행
        except StopIteration as stop:
            results.append(stop.value)  # 끝났으면 결과를 모으고 빼 둡니다
        else:
            waiting.append(coro)  # 아직이면 줄의 맨 뒤로
    return results


print(run_all([worker("가", 2), worker("나", 3)]))
