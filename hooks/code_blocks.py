"""Code blocks that the keyboard can reach before Material's script gets to them.

mkdocs.yml turns on Material's `content.lazy`: each code block gets its copy button, and
its tabindex when it scrolls sideways, the first time it comes into view rather than all at
once while the page loads (that burst was the biggest cost of a long chapter on a phone).
Until then a wide block could not be scrolled with the keyboard, so this hook gives every
block tabindex="0" in the HTML; Material takes it away again from blocks that do not scroll.
"""

from __future__ import annotations

import re

CODE = re.compile(r"(<pre[^>]*>(?:<span></span>)?<code)(?=>)")


def on_page_content(content: str, page, config, files) -> str:
    return CODE.sub(r'\1 tabindex="0"', content)
