import asyncio
import gc


async def forgotten() -> None:
    try:
        # 아무도 참조하지 않는 퓨처를 기다립니다 (완료시킬 사람이 없습니다)
        await asyncio.get_running_loop().create_future()
    finally:
        print("forgotten: 코루틴이 강제로 닫혔습니다")


async def main() -> None:
    asyncio.create_task(forgotten())  # 돌려받은 태스크를 보관하지 않습니다
    await asyncio.sleep(0)  # 태스크가 시작해 퓨처를 기다리게 합니다
    print("gc.collect() 를 부릅니다")
    gc.collect()  # 실제 프로그램에서는 언제든 저절로 일어납니다
    await asyncio.sleep(0.1)
    print("main 끝")


asyncio.run(main())
