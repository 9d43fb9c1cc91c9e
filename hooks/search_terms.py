"""Search finds what readers type, not only the words the pages use.

includes/synonyms.toml maps each official term (the Korean of docs.python.org/ko) to the
words readers type for it (타임아웃 for 시간제한, 락 for 록, English, API names) and to the
page or section that teaches it. After Material writes search/search_index.json, this hook

- adds to every section, in an index-only field `also`, the other spellings of the official
  terms that section uses: 타임아웃 finds every section about 시간제한, and nothing is added
  to the pages themselves (readers and screen readers see exactly the text they saw);
- adds the term and all its spellings to the home section in the field `home`, weighted like
  a title, so the section that teaches a topic comes before pages that only mention it
  (a spelling of several words as one token, "async_for", which the query shim forms too);
- shows the table on the glossary page, where `<!-- synonyms -->` stands.

A term no page uses, or a home that does not exist, fails the build with its line.
"""

from __future__ import annotations

import html
import json
import re
import tomllib
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "includes" / "synonyms.toml"
MARKER = "<!-- synonyms -->"
HOME_BOOST = 1000.0  # like a title: the home of a topic outranks a passing mention


def terms() -> list[dict]:
    text = TABLE.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise PluginError(f"includes/synonyms.toml: TOML 이 틀렸습니다 ({err})") from err
    found = []
    for term in data.get("term", []):
        line = next((n for n, l in enumerate(text.splitlines(), 1)
                     if re.match(rf'\s*official\s*=\s*"{re.escape(str(term.get("official", "")))}"', l)), 0)
        where = f"includes/synonyms.toml:{line}"
        if not isinstance(term.get("official"), str) or not isinstance(term.get("also"), list) or \
                not isinstance(term.get("home"), str):
            raise PluginError(f"{where}: [[term]] 에는 official(문자열), also(목록), home(페이지.md 또는 페이지.md#앵커)이 있어야 합니다")
        found.append({**term, "where": where})
    return found


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def phrase(spelling: str, separator: re.Pattern) -> str:
    """The words of a spelling as the index splits them, joined into one token: "async_for"."""
    return "_".join(w for w in separator.split(spelling.lower()) if w)


def location(home: str) -> str:
    """"05-timeouts.md#앵커" → the index's "05-timeouts/#앵커" ("index.md" → "")."""
    page, _, anchor = home.partition("#")
    page = "" if page == "index.md" else page.removesuffix(".md") + "/"
    return page + (f"#{anchor}" if anchor else "")


def nav_titles(nav):
    """(file, title) for every page in mkdocs.yml's nav."""
    for item in nav:
        for title, value in (item.items() if isinstance(item, dict) else [(None, item)]):
            if isinstance(value, list):
                yield from nav_titles(value)
            elif isinstance(value, str):
                yield value, title or value


def on_page_markdown(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    titles = dict(nav_titles(config["nav"] or []))
    rows = ["| 페이지의 말 | 검색창에 쳐도 되는 말 | 가르치는 곳 |", "|---|---|---|"]
    for term in terms():
        also = ", ".join(f"`{a}`" if re.search(r"[_()@.=]|^-", a) else a for a in term["also"]).replace("|", "\\|")
        page = term["home"].partition("#")[0]
        rows.append(f"| {term['official']} | {also} | [{titles.get(page, page)}]({term['home']}) |")
    return markdown.replace(MARKER, "\n".join(rows))


def on_post_build(config) -> None:
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    docs = index["docs"]
    separator = re.compile(index["config"]["separator"])
    by_location = {d["location"]: d for d in docs}
    texts = [plain(d.get("title", "") + " " + d.get("text", "")).lower() for d in docs]
    problems = []
    for term in terms():
        official = term["official"]
        spellings = [official, *term["also"]]
        home = by_location.get(location(term["home"]))
        if home is None:
            problems.append(f"{term['where']}: home \"{term['home']}\" 이라는 페이지나 절이 없습니다 (앵커를 확인하세요)")
            continue
        users = [d for d, t in zip(docs, texts) if official.lower() in t]
        if not users:
            problems.append(f"{term['where']}: \"{official}\" 를 쓰는 페이지가 없습니다. 페이지의 말로 고치세요")
        for doc in users:
            doc["also"] = " ".join(filter(None, [doc.get("also", ""), *term["also"]]))
        # In the home field a spelling of several words is one token ("async_for"), which the
        # query shim forms from the same words typed together: "async" alone is not a home of 10.
        home["home"] = " ".join(filter(None, [home.get("home", ""), *(phrase(sp, separator) for sp in spellings)]))
    for doc in docs:  # each word once: "async for", "async with" must not make "async" count twice
        for field in ("also", "home"):
            if field in doc:
                doc[field] = " ".join(dict.fromkeys(doc[field].split()))
    if problems:
        raise PluginError("검색 동의어 표를 고치세요:\n" + "\n".join(problems))
    index["config"]["fields"].update({"also": {"boost": 1.0}, "home": {"boost": HOME_BOOST}})
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
