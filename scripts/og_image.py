"""Draws the link-preview picture (Open Graph, 1200x630 PNG) offline: `make og-image`.

A simple HTML card, photographed by headless chromium. The picture is committed; the pages
name it in `overrides/main.html` (og:image, twitter:image).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "overrides" / "assets" / "images" / "og-image.png"
WIDTH, HEIGHT = 1200, 630

CARD = """<!doctype html>
<html lang="ko"><meta charset="utf-8">
<style>
  html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; }
  body {
    box-sizing: border-box; padding: 72px 88px; background: #3f51b5; color: #fff;
    font-family: "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
    display: flex; flex-direction: column; justify-content: space-between;
  }
  .code { font: 600 34px/1.4 "Noto Sans Mono CJK KR", ui-monospace, monospace; color: #c5cae9; }
  h1 { margin: 0; font-size: 92px; line-height: 1.15; font-weight: 700; letter-spacing: -1px; }
  p { margin: 20px 0 0; font-size: 38px; line-height: 1.45; color: #e8eaf6; word-break: keep-all; }
  .foot { display: flex; justify-content: space-between; font-size: 30px; color: #c5cae9; }
</style>
<body>
  <div class="code">async def main(): await asyncio.gather(...)</div>
  <div>
    <h1>파이썬 asyncio 가이드</h1>
    <p>모든 예제를 실제로 실행해 검증한 한국어 안내서<br>파이썬 3.11–3.15</p>
  </div>
  <div class="foot"><span>pyasyncio-ko.github.io/guide</span><span>CC BY-SA 4.0 · 0BSD</span></div>
</body>
</html>
"""


def chromium() -> str:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and (path := shutil.which(name)):
            return path
    sys.exit("chromium 이 없습니다: 데비안 `apt-get install chromium` (또는 CHROMIUM=경로 make og-image)")


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    return struct.unpack(">II", head[16:24])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        card = Path(tmp) / "card.html"
        card.write_text(CARD, encoding="utf-8")
        shot = Path(tmp) / "card.png"
        subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--force-device-scale-factor=1", f"--window-size={WIDTH},{HEIGHT}",
             f"--user-data-dir={tmp}/profile", f"--screenshot={shot}", card.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
        if png_size(shot) != (WIDTH, HEIGHT):
            sys.exit(f"chromium 이 {png_size(shot)} 크기로 찍었습니다. {WIDTH}x{HEIGHT} 이어야 합니다.")
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, OUT)
    print(f"{OUT.relative_to(ROOT)}: {WIDTH}x{HEIGHT}, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
