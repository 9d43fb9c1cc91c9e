"""`make search-compare`: build the site with each candidate search configuration and
measure the Korean query set (tests/search_queries.toml) on it in a real browser."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import browser
import harness

MATERIAL_SEPARATOR = r'[\s\-,:!=\[\]()"/]+|(?!\b)(?=[A-Z][a-z])|\.(?!\d)|&[lg]t;'
PARTICLES = r"(?<=[가-힣])(?=(?:은|는|이|가|을|를|의|에|에서|으로|로|와|과|도|만)(?:[\s.,!?)]|$))"
OLD_ADOPTED = r"[\s\-@]+|" + PARTICLES.replace("(?<=[가-힣])", "(?<=[가-힣A-Za-z0-9_)])")
HOOKS = ["hooks/version_tabs.py", "hooks/diagrams.py", "hooks/search_terms.py", "hooks/code_blocks.py"]
NO_SYNONYMS = [h for h in HOOKS if h != "hooks/search_terms.py"]
# (search plugin options, hooks). The query shim (query-shim.js) is on in every candidate.
CANDIDATES = {
    "lang: ko + 조사 분리자 (2026-12-02 채택), 동의어 없음": ({"lang": "ko", "separator": OLD_ADOPTED}, NO_SYNONYMS),
    "lang: [ko, en], pipeline: [] + 옛 분리자, 동의어 없음": ({"lang": ["ko", "en"], "pipeline": [], "separator": OLD_ADOPTED}, NO_SYNONYMS),
    "lang: [ko, en], pipeline: [] + 문장 부호 분리자, 동의어 없음": (
        {"lang": ["ko", "en"], "pipeline": [], "separator": r'[\s\-@,:!=\[\]()"/]+|\.(?!\d)|' + PARTICLES}, NO_SYNONYMS),
    "지금 설정 (mkdocs.yml), 동의어 없음": (None, NO_SYNONYMS),
    "지금 설정 (mkdocs.yml) + 동의어 표 (채택)": (None, HOOKS),
}


def build(name: str, candidate: tuple) -> Path:
    import json

    options, hooks = candidate
    folder = harness.ROOT / ".cache" / "search" / str(list(CANDIDATES).index(name))
    folder.mkdir(parents=True, exist_ok=True)
    # Beside mkdocs.yml, so that its relative paths (custom_dir, docs) still resolve.
    config = harness.ROOT / f".search-candidate-{folder.name}.yml"
    text = "INHERIT: mkdocs.yml\n" f"site_dir: {folder / 'site'}\n" "hooks: " + json.dumps(hooks) + "\n"
    if options is not None:
        text += "plugins:\n  - search: " + json.dumps(options, ensure_ascii=False) + "\n"
    config.write_text(text, encoding="utf-8")
    try:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], cwd=harness.ROOT,
                       check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    finally:
        config.unlink()
    return folder / "site"


def main() -> int:
    queries = tomllib.loads((harness.ROOT / "tests" / "search_queries.toml").read_text(encoding="utf-8"))["query"]
    rows = []
    with browser.browser() as chrome:
        for name, candidate in CANDIDATES.items():
            site = build(name, candidate)
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
