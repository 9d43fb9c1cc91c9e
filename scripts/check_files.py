"""Small offline checks that pre-commit runs on the files a commit changes (.pre-commit-config.yaml).

    python scripts/check_files.py yaml FILE...         YAML 문법 (mkdocs.yml 의 !!python/name 같은 태그는 통과)
    python scripts/check_files.py whitespace FILE...   줄 끝 공백, 마지막 줄 바꿈, CRLF
"""

from __future__ import annotations

import sys

import yaml


class AnyTagLoader(yaml.SafeLoader):
    """A safe loader that accepts tags it does not know (mkdocs.yml's !!python/name:...)."""


AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def check_yaml(paths: list[str]) -> list[str]:
    wrong = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                list(yaml.load_all(f, Loader=AnyTagLoader))
        except yaml.YAMLError as err:
            wrong.append(f"{path}: {err}")
    return wrong


def check_whitespace(paths: list[str]) -> list[str]:
    wrong = []
    for path in paths:
        data = open(path, "rb").read()
        if not data:
            continue
        if b"\r\n" in data:
            wrong.append(f"{path}: 줄 끝이 CRLF 입니다. LF 로 바꾸세요 (.gitattributes)")
        if not data.endswith(b"\n"):
            wrong.append(f"{path}: 마지막 줄 끝에 줄 바꿈이 없습니다")
        for n, line in enumerate(data.split(b"\n"), 1):
            if line.rstrip(b"\r") != line.rstrip(b"\r").rstrip():
                wrong.append(f"{path}:{n}: 줄 끝에 공백이 있습니다")
    return wrong


def main(argv: list[str]) -> int:
    checks = {"yaml": check_yaml, "whitespace": check_whitespace}
    if not argv or argv[0] not in checks:
        print(__doc__, file=sys.stderr)
        return 2
    wrong = checks[argv[0]](argv[1:])
    print("\n".join(wrong), file=sys.stderr) if wrong else None
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
