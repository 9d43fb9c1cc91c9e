import asyncio
import unittest

from retry_async import retry


class RetryTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        # 테스트마다 새 이벤트 루프에서 실행됩니다
        self.calls = 0

    async def flaky(self) -> str:
        self.calls += 1
        await asyncio.sleep(0)
        if self.calls < 3:
            raise ConnectionError("아직 준비 안 됨")
        return "ok"

    async def test_retries_until_success(self) -> None:
        self.assertEqual(await retry(self.flaky, delay=0), "ok")
        self.assertEqual(self.calls, 3)

    async def test_gives_up(self) -> None:
        with self.assertRaises(ConnectionError):
            await retry(self.flaky, attempts=2, delay=0)
        self.assertEqual(self.calls, 2)


if __name__ == "__main__":
    # 보통은 `python -m unittest -v test_retry_async_unittest` 로 실행합니다.
    # 여기서는 걸린 시간 없이 결과만 요약해 찍습니다.
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(RetryTests).run(result)
    for test, trace in result.failures + result.errors:
        print(test.id(), trace, sep="\n")
    failed = len(result.failures) + len(result.errors)
    print(f"테스트 {result.testsRun}개 실행, 실패 {failed}개")
