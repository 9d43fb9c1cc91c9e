"""`make bench`: Lighthouse (mobile) on every page of the built site, and on a baseline
build with Material's default theme settings, served on 127.0.0.1. Prints a table."""

from __future__ import annotations

import json
import re
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import browser  # noqa: E402

LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))  # 페이지마다 몇 번 재서 가운데 값을 쓸지


def audit(url: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out.name}",
             "--only-categories=" + ",".join(CATEGORIES),
             "--chrome-flags=" + " ".join(browser.CHROMIUM_FLAGS)],
            check=True, env={**os.environ, "CHROME_PATH": browser.chromium_path() or ""},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
        )
        report = json.loads(Path(out.name).read_text())
    scores = {c: report["categories"][c]["score"] for c in CATEGORIES}
    scores["bytes"] = report["audits"]["total-byte-weight"]["numericValue"]
    scores["tbt"] = report["audits"]["total-blocking-time"]["numericValue"]
    return scores


def audit_median(url: str) -> dict:
    """Lighthouse scores swing from run to run: report the run with the median performance."""
    runs = sorted((audit(url) for _ in range(RUNS)), key=lambda r: r["performance"])
    return runs[len(runs) // 2]


def elements(site: Path, path: str) -> int:
    """How many HTML elements the page has: long chapters cost Material's script the most."""
    return len(re.findall(r"<[a-zA-Z]", (site / path / "index.html").read_text(encoding="utf-8")))


def measure(site: Path, label: str) -> list[tuple[str, dict]]:
    rows = []
    with browser.serve(site, gzip=True) as url:
        for path in browser.page_urls(site):
            rows.append((path or "/", {**audit_median(url + path), "elements": elements(site, path)}))
            print(f"  {label} {path or '/'} 완료", file=sys.stderr, flush=True)
    return rows


def table(title: str, rows: list[tuple[str, dict]]) -> str:
    lines = [f"### {title}", "",
             "| 페이지 | 성능 | 접근성 | 모범 사례 | SEO | 첫 로드 바이트 | TBT | HTML 요소 |",
             "|---|---|---|---|---|---|---|---|"]
    for path, s in rows:
        lines.append(f"| {path} | {s['performance']:.2f} | {s['accessibility']:.2f} | "
                     f"{s['best-practices']:.2f} | {s['seo']:.2f} | {s['bytes'] / 1024:.0f} KB | "
                     f"{s['tbt']:.0f} ms | {s['elements']} |")
    return "\n".join(lines)


def main() -> int:
    if not LIGHTHOUSE.exists():
        print("cd bench && npm ci 로 lighthouse 를 먼저 설치하세요.", file=sys.stderr)
        return 1
    site = ROOT / "site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "bench/mkdocs-baseline.yml"],
                   cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    ours = measure(site, "가이드")
    base = measure(ROOT / ".cache" / "site-baseline", "기준")
    print(table("이 가이드 (시스템 글꼴, 미리 그린 그림, 검색할 때 받는 검색 색인)", ours))
    print()
    print(table("기준: Material 기본 설정 (구글 폰트, 우리 CSS/JS 없음)", base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
