"""Code blocks that cost nothing until the reader reaches them, and that hold their place.

extra.css draws a code block only when it comes near the screen (content-visibility), and
until then gives it the height of its lines. This hook writes each block's line count into
the HTML (style="--lines: N"), so that height is exact: nothing moves when the block is drawn.

mkdocs.yml turns on Material's `content.lazy`: each code block gets its copy button, and
its tabindex when it scrolls sideways, the first time it comes into view rather than all at
once while the page loads. Until then a wide block could not be scrolled with the keyboard,
so this hook gives every block tabindex="0" in the HTML; Material takes it away again from
blocks that do not scroll.
"""

from __future__ import annotations

import re

CODE = re.compile(r"(<pre[^>]*>(?:<span></span>)?<code)>(.*?)</code>", re.DOTALL)


def lines(code: str) -> int:
    """Lines the browser draws: a final newline ends the last line and starts no new one."""
    return max(1, code.count("\n") + (not code.endswith("\n")))


def on_page_content(content: str, page, config, files) -> str:
    return CODE.sub(lambda m: f'{m[1]} tabindex="0" style="--lines: {lines(m[2])}">{m[2]}</code>', content)
