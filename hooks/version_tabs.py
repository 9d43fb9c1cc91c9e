"""One output block (or timeline) on the page, one tab per Python version when it differs.

A page includes a snippet's output once, by its base file:

    ```text title="출력"
    --8<-- "03-event-loop/legacy_loop.out"
    ```

When `make outputs` captured a different output on a newer Python (`legacy_loop.3.14.out`),
this hook turns that block into tabs "3.11", "3.12", … "3.15", each holding the file the
tests compare with on that version; the newest is open first. A timeline included as
`--8<-- "05-timeouts/wait_for_cleanup.svg"` gets the same tabs when a version draws it differently. The labels are the same on every page, so Material's
linked tabs (`content.tabs.link`) let readers pick their Python once for the whole site.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import harness  # noqa: E402

TIMELINE = re.compile(r'^(?P<indent>[ \t]*)-{1,}8<-{1,}[ \t]+"(?P<target>[^":]+\.svg)"[ \t]*$', re.M)
OUTPUT = re.compile(
    r'^(?P<indent>[ \t]*)```text title="출력"[ \t]*\n'
    r'(?P=indent)-{1,}8<-{1,}[ \t]+"(?P<target>[^":]+\.out)"[ \t]*\n'
    r'(?P=indent)```[ \t]*$',
    re.M,
)


def label(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


def tabs(snippet: harness.Snippet, indent: str, suffix: str) -> str:
    """The block as one tab per promised version the snippet runs on."""
    parts = []
    versions = [v for v in harness.PROMISED if v >= snippet.requires]
    for version in versions:
        target = snippet.expected_path(version, suffix).relative_to(harness.SNIPPETS).as_posix()
        if suffix == ".out":
            body = f'{indent}```text title="출력"\n{indent}--8<-- "{target}"\n{indent}```'
        else:  # the same picture may sit in several tabs: give each copy its own ids
            svg = (harness.SNIPPETS / target).read_text(encoding="utf-8").strip()
            body = indent + re.sub(r'(id="|aria-labelledby="|\s)(tl-[\w-]+?)(-title|-desc)\b',
                                   rf"\1\2-py3{version[1]}\3", svg)
        # The newest Python is open first: it is what a reader installs today.
        select = f"\n{indent}    select: true" if version == versions[-1] else ""
        parts.append(f"{indent}/// tab | {label(version)}{select}\n{body}\n{indent}///")
    return "\n".join(parts)


def expand(markdown: str, where: str) -> str:
    def replace(m: re.Match) -> str:
        target = m.group("target")
        suffix = Path(target).suffix
        if re.search(r"\.3\.\d+\.(out|svg)$", target):
            line = markdown[: m.start()].count("\n") + 1
            base = re.sub(r"[.]3[.][0-9]+[.](out|svg)$", r".\1", target)
            raise PluginError(
                f"{where}:{line}: 버전별 파일 \"{target}\" 을 직접 넣지 마세요. 기본 파일 "
                f"\"{base}\" 하나만 넣으면 버전마다 탭이 생깁니다.")
        snippet = harness.Snippet(harness.SNIPPETS / Path(target).with_suffix(".py"))
        if not snippet.path.exists() or len(snippet.outputs(suffix)) < 2:
            return m.group(0)
        return tabs(snippet, m.group("indent"), suffix)

    return TIMELINE.sub(replace, OUTPUT.sub(replace, markdown))


def on_page_markdown(markdown: str, page, config, files) -> str:
    return expand(markdown, f"docs/{page.file.src_path}")
