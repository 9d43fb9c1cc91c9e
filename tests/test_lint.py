"""The tools' and snippets' source, checked offline like pre-commit does: ruff and shellcheck."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import harness

BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=harness.ROOT, capture_output=True, text=True)


def test_python_passes_ruff():
    """ruff.toml: syntax errors and pyflakes (unused imports, undefined names) in snippets/ and the tools."""
    result = run(str(BIN / "ruff"), "check", "--no-cache", "snippets", "tests", "hooks", "scripts", "bench")
    assert result.returncode == 0, "ruff 가 문제를 찾았습니다 (ruff.toml):\n" + result.stdout + result.stderr


def test_shell_scripts_pass_shellcheck():
    scripts = [".ci/run", *sorted(str(p.relative_to(harness.ROOT)) for p in (harness.ROOT / "scripts").glob("*.sh"))]
    result = run(str(BIN / "shellcheck"), "--severity=warning", *scripts)
    assert result.returncode == 0, "shellcheck 가 셸 스크립트에서 문제를 찾았습니다:\n" + result.stdout + result.stderr


def test_pre_commit_config_is_valid():
    result = run(str(BIN / "pre-commit"), "validate-config", ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
