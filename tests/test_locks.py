"""requirements/*.txt are what `make lock` makes from requirements/*.in (offline: reads the files only)."""

from __future__ import annotations

import re

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import harness

REQUIREMENTS = harness.ROOT / "requirements"
SOURCES = sorted(REQUIREMENTS.glob("*.in"))
HOW = "requirements/*.in 을 고쳤다면 make lock 으로 다시 만드세요"


def top_level(source) -> list[Requirement]:
    """The requirements written in an .in file (options such as `-c site.txt` left out)."""
    found = []
    for line in source.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            found.append(Requirement(line))
    return found


def pins(lock) -> dict[str, list[str]]:
    """name -> the versions the lock pins (one per marker; usually one)."""
    found: dict[str, list[str]] = {}
    text = lock.read_text(encoding="utf-8")
    for m in re.finditer(r"(?m)^([A-Za-z0-9._-]+)==([^\s;\\]+)", text):
        found.setdefault(canonicalize_name(m.group(1)), []).append(m.group(2))
    return found


def test_the_locks_have_the_names_dependabot_reads():
    assert SOURCES, "requirements/*.in 이 없습니다"
    old = sorted(p.name for p in REQUIREMENTS.glob("*.lock"))
    assert not old, f"requirements/ 의 {old}: Dependabot 은 *.txt 만 읽습니다. {HOW}"
    for source in SOURCES:
        assert source.with_suffix(".txt").exists(), f"{source.name} 의 lock {source.stem}.txt 가 없습니다. {HOW}"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_lock_pins_every_requirement_of_its_source(source):
    lock = source.with_suffix(".txt")
    text = lock.read_text(encoding="utf-8")
    command = f"uv pip compile --universal --python-version 3.11 --generate-hashes requirements/{source.name} -o requirements/{lock.name}"
    assert command in text, f"{lock.name} 가 make lock 과 다른 명령으로 만들어졌습니다. {HOW}"
    pinned = pins(lock)
    wrong = []
    for req in top_level(source):
        versions = pinned.get(canonicalize_name(req.name))
        if not versions:
            wrong.append(f"{req.name}: {lock.name} 에 없습니다")
        else:
            wrong += [f"{req.name}=={v}: {source.name} 의 '{req.specifier}' 에 맞지 않습니다"
                      for v in versions if not req.specifier.contains(v, prereleases=True)]
    unhashed = re.findall(r"(?m)^([A-Za-z0-9._-]+==\S+)(?:\s*;[^\\\n]*)?$", text)
    wrong += [f"{p}: 해시가 없습니다" for p in unhashed]
    assert not wrong, "\n".join(wrong) + f"\n{HOW}"


def test_testing_uses_the_same_versions_as_previewing():
    """make test installs site.txt and test.txt together; a package in both must have one version."""
    site, test = pins(REQUIREMENTS / "site.txt"), pins(REQUIREMENTS / "test.txt")
    differ = [f"{name}: site.txt {site[name]} / test.txt {test[name]}"
              for name in sorted(site.keys() & test.keys()) if sorted(site[name]) != sorted(test[name])]
    assert not differ, "\n".join(differ) + f"\n{HOW}"
