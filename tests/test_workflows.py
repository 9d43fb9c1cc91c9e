"""The GitHub Actions files are checked offline: security lint and schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import harness

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((harness.ROOT / ".github" / "workflows").glob("*.yml"))


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=harness.ROOT, capture_output=True, text=True)


def test_zizmor_finds_nothing():
    result = run(str(BIN / "zizmor"), "--offline", "--no-progress", ".github/")
    assert result.returncode == 0, "zizmor 가 워크플로에서 문제를 찾았습니다:\n" + result.stdout + result.stderr


def test_workflows_match_the_schema():
    assert WORKFLOWS, ".github/workflows/ 에 워크플로가 없습니다"
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependabot_matches_the_schema():
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.dependabot", ".github/dependabot.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_actions_are_pinned_by_commit():
    loose = []
    for wf in WORKFLOWS:
        for n, line in enumerate(wf.read_text(encoding="utf-8").splitlines(), 1):
            if "uses:" in line and not __import__("re").search(r"@[0-9a-f]{40} # v\d", line):
                loose.append(f"{wf.relative_to(harness.ROOT)}:{n}: {line.strip()} — 전체 커밋 SHA 와 `# vX.Y.Z` 주석으로 고정하세요")
    assert not loose, "\n".join(loose)
