"""`make search-compare`: build the site with each candidate search configuration and
measure the Korean query set (tests/search_queries.toml) on it in a real browser."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import browser  # noqa: E402
import harness  # noqa: E402

MATERIAL_SEPARATOR = r'[\s\-,:!=\[\]()"/]+|(?!\b)(?=[A-Z][a-z])|\.(?!\d)|&[lg]t;'
PARTICLES = r"(?<=[가-힣])(?=(?:은|는|이|가|을|를|의|에|에서|으로|로|와|과|도|만)(?:[\s.,!?)]|$))"
CANDIDATES = {
    "lang: ko (Material 기본 분리자)": {"lang": "ko"},
    "lang: en (lunr 기본)": {"lang": "en"},
    "lang: [ko, en]": {"lang": ["ko", "en"]},
    "lang: ko + 조사 분리자": {"lang": "ko", "separator": MATERIAL_SEPARATOR + "|" + PARTICLES},
    "lang: en + 조사 분리자": {"lang": "en", "separator": MATERIAL_SEPARATOR + "|" + PARTICLES},
    "lang: ko + 조사 분리자 (기본 분리자 기반)": {
        "lang": "ko", "separator": r"[\s\-]+|" + PARTICLES},
    # 영문·코드 뒤의 조사("gather는", "`async for`와")도 떼고, 데코레이터의 @ 도 뗍니다
    "lang: ko + 영문 뒤 조사와 @ 도 분리 (채택)": {
        "lang": "ko", "separator": r"[\s\-@]+|" + PARTICLES.replace("(?<=[가-힣])", "(?<=[가-힣A-Za-z0-9_)])")},
    # 파이프라인(stemmer, stopWordFilter, trimmer)을 끈 경우
    "lang: ko, pipeline: []": {"lang": "ko", "pipeline": []},
    "lang: en, pipeline: []": {"lang": "en", "pipeline": []},
    "lang: en, pipeline: [], 조사 분리자": {"lang": "en", "pipeline": [], "separator": MATERIAL_SEPARATOR + "|" + PARTICLES},
}


def build(name: str, options: dict) -> Path:
    import json

    folder = harness.ROOT / ".cache" / "search" / str(list(CANDIDATES).index(name))
    folder.mkdir(parents=True, exist_ok=True)
    # Beside mkdocs.yml, so that its relative paths (custom_dir, docs) still resolve.
    config = harness.ROOT / f".search-candidate-{folder.name}.yml"
    config.write_text(
        "INHERIT: mkdocs.yml\n"
        f"site_dir: {folder / 'site'}\n"
        "plugins:\n  - search: " + json.dumps(options, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    try:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], cwd=harness.ROOT,
                       check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    finally:
        config.unlink()
    return folder / "site"


def main() -> int:
    queries = tomllib.loads((Path(__file__).parent / "search_queries.toml").read_text(encoding="utf-8"))["query"]
    rows = []
    with browser.browser() as chrome:
        for name, options in CANDIDATES.items():
            site = build(name, options)
            with browser.serve(site) as url:
                first, top3, misses = browser.search_rates(chrome, url, queries)
            rows.append((name, first, top3, misses))
            print(f"  {name}: 첫 번째 {first:.0%}, 3위 안 {top3:.0%}", file=sys.stderr, flush=True)
    print(f"| 설정 ({len(queries)}개 질의) | 첫 번째 | 3위 안 |\n|---|---|---|")
    for name, first, top3, _ in rows:
        print(f"| {name} | {first:.0%} | {top3:.0%} |")
    for name, _, _, misses in rows:
        if misses:
            print(f"\n{name} 에서 3위 안에 못 든 질의:\n" + "\n".join("  " + m for m in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
