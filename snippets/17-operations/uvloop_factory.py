# /// script
# requires-python = ">=3.12"
# dependencies = ["uvloop"]
# ///
import asyncio

import uvloop


async def main() -> str:
    loop = asyncio.get_running_loop()
    return f"{type(loop).__module__}.{type(loop).__name__}"


print("기본:", asyncio.run(main()))
print("loop_factory:", asyncio.run(main(), loop_factory=uvloop.new_event_loop))  # 3.12+
print("uvloop.run():", uvloop.run(main()))  # 3.11에서도 됩니다
with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:  # 3.11+
    print("Runner:", runner.run(main()))
