"""The reader's experience in a real browser: clean pages (axe-core, console, network),
working copy buttons, and Korean search that finds the right page."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import pytest

import browser
import harness

AXE = harness.ROOT / "scripts" / "node_modules" / "axe-core" / "axe.min.js"
QUERIES = tomllib.loads((Path(__file__).parent / "search_queries.toml").read_text(encoding="utf-8"))["query"]
PAGES = [""] + sorted(f"{p.stem}/" for p in harness.DOCS.glob("*.md") if p.stem != "index")
COPY_PAGES = ["", "04-tasks/", "09-network/", "13-faq/"]

if not browser.chromium_path():
    if os.environ.get("CI"):
        pytest.fail("CI 에 chromium 이 없습니다. .ci/run 이 설치해야 합니다.", pytrace=False)
    pytest.skip("chromium 이 없어 브라우저 테스트를 건너뜁니다: `apt-get install chromium` 후 make test",
                allow_module_level=True)


@pytest.fixture(scope="session")
def site_url(built_site):
    with browser.serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def chrome():
    with browser.browser() as b:
        yield b


def watch(page, problems: list[str]) -> None:
    """Record console errors, page errors, failed requests and requests to other hosts."""
    page.on("console", lambda m: m.type == "error" and problems.append(f"콘솔 오류: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"스크립트 오류: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"실패한 요청: {r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"응답 {r.status}: {r.url}"))
    page.on("request", lambda r: urlparse(r.url).hostname not in ("127.0.0.1", None)
            and not r.url.startswith(("data:", "blob:"))
            and problems.append(f"다른 호스트로 간 요청: {r.url}"))


@pytest.mark.parametrize("scheme,size", [("light", browser.DESKTOP), ("dark", browser.PHONE)],
                         ids=["light-desktop", "dark-phone"])
@pytest.mark.parametrize("path", PAGES, ids=[p or "index" for p in PAGES])
def test_page_is_clean_and_accessible(chrome, site_url, path, scheme, size):
    context = browser.new_context(chrome, scheme, size)
    page = context.new_page()
    problems: list[str] = []
    watch(page, problems)
    try:
        response = page.goto(site_url + path, wait_until="networkidle")
        assert response and response.ok, f"{path}: 페이지를 열지 못했습니다"
        browser.render_diagrams(page)
        shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert shown == ("slate" if scheme == "dark" else "default"), f"{path}: 색 구성표가 {shown} 입니다"
        missing_alt = page.evaluate(
            """[...document.querySelectorAll('.md-content img, .timeline-figure > svg')]
               .filter(el => el.tagName === 'IMG' ? !(el.getAttribute('alt') || '').trim() : (
                 !(el.getAttribute('aria-labelledby') || el.getAttribute('aria-label') || el.querySelector('title'))))
               .map(el => el.outerHTML.slice(0, 80))"""
        )
        problems += [f"글 대안이 없는 그림: {m}" for m in missing_alt]
        # 화면 밖 블록은 독자가 다가갈 때 그려집니다(extra.css). axe 는 모든 블록이 그려진 모습을 검사합니다.
        page.evaluate(DRAW_ALL_KEEP_CONTAINMENT)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)")
        for v in violations:
            targets = ", ".join(str(n["target"]) for n in v["nodes"][:3])
            problems.append(f"axe {v['id']} ({v['impact']}): {v['help']} — {targets}")
        wrong_height = code_blocks_that_would_move(page)
        if wrong_height:
            problems.append(f"코드 블록 {len(wrong_height)}개는 그리기 전의 어림 높이(extra.css 의 줄 수 × 줄 높이)가 "
                            "그린 뒤와 달라, 독자가 스크롤할 때 아래 글이 움직입니다. 코드 블록에 줄 번호·줄 바꿈·여백을 "
                            "더했다면 extra.css 의 contain-intrinsic-block-size 를 맞추세요:\n" + "\n".join(wrong_height[:4]))
        moved = blocks_moved_by_shortcut(page)
        if moved:
            problems.append(f"extra.css 의 content-visibility 가 블록 {len(moved)}개의 자리를 바꿨습니다 "
                            "(격리 때문에 안쪽 여백이 바깥 여백과 겹치지 않습니다. extra.css 의 설명을 보세요):\n"
                            + "\n".join(moved[:4]))
    finally:
        context.close()
    assert not problems, f"/{path} ({scheme}, {size['width']}px):\n" + "\n".join(problems)


@pytest.mark.parametrize("path", COPY_PAGES, ids=[p or "index" for p in COPY_PAGES])
def test_copy_button_copies_the_snippet(chrome, site_url, path):
    context = browser.new_context(chrome, "light", browser.DESKTOP,
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    chapter = path.strip("/") or "index"
    try:
        page.goto(site_url + path, wait_until="networkidle")
        blocks = page.locator("div.highlight:has(span.filename)")
        checked = 0
        for k in range(blocks.count()):
            block = blocks.nth(k)
            title = block.locator("span.filename").inner_text().strip()
            if not title.endswith(".py"):
                continue
            block.scroll_into_view_if_needed()
            block.hover()
            block.locator("button.md-code__button[data-md-type=copy]").click()
            copied = page.evaluate("navigator.clipboard.readText()")
            expected = harness.without_section_marks((harness.SNIPPETS / chapter / title).read_text(encoding="utf-8"))
            assert copied.rstrip("\n") == expected.rstrip("\n"), \
                f"/{path}: 복사 버튼으로 복사한 {title} 이 snippets/{chapter}/{title} 과 다릅니다"
            checked += 1
        assert checked, f"/{path}: 복사할 예제 코드 블록을 찾지 못했습니다"
    finally:
        context.close()


def test_korean_search_finds_the_right_page(chrome, site_url):
    first, top3, misses = browser.search_rates(chrome, site_url, QUERIES)
    report = f"첫 번째 {first:.0%}, 3위 안 {top3:.0%} ({len(QUERIES)}개 질의)\n" + "\n".join(misses)
    print(report)
    assert len(QUERIES) >= 120
    assert top3 >= 0.98 and first >= 0.90, report
    empty = [m for m in misses if m.endswith("결과 []")]
    assert not empty, "결과가 하나도 없는 질의:\n" + "\n".join(empty)


def test_every_spelling_in_the_synonym_table_finds_its_home(chrome, site_url):
    """includes/synonyms.toml: each word a reader may type finds the page that teaches it."""
    import tomllib

    table = tomllib.loads((Path(__file__).parent.parent / "includes" / "synonyms.toml").read_text(encoding="utf-8"))
    queries = [{"q": spelling, "pages": [term["home"].partition("#")[0].removesuffix(".md").replace("index", "") + "/"]}
               for term in table["term"] for spelling in [term["official"], *term["also"]]]
    first, top3, misses = browser.search_rates(chrome, site_url, queries)
    assert top3 == 1.0, (f"동의어 표의 말 {len(queries)}개 가운데 {len(misses)}개가 가르치는 페이지를 3위 안에 찾지 못했습니다 "
                         f"(includes/synonyms.toml 의 home 이나 페이지의 말을 고치세요):\n" + "\n".join(misses))


@pytest.mark.parametrize("size", [browser.PHONE, browser.DESKTOP], ids=["phone", "desktop"])
def test_search_index_waits_for_the_reader(chrome, site_url, size):
    """The 1 MB index is fetched when the reader starts searching, not on every page load,
    and the very first query typed right after opening a page still finds results."""
    context = browser.new_context(chrome, "light", size)
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: r.url.endswith("search_index.json") and fetched.append(r.url))
    try:
        page.goto(site_url + "04-tasks/", wait_until="networkidle")
        page.wait_for_timeout(500)
        assert not fetched, "페이지를 열자마자 검색 색인을 받았습니다 (lazy-search.js 가 동작하지 않습니다)"
        if size is browser.PHONE:
            page.locator("label.md-header__button[for=__search]").click()  # 휴대폰: 돋보기 단추
        got = browser.search(page, "이벤트 루프")
        assert fetched, "검색을 시작했는데 검색 색인을 받지 않았습니다"
        assert "03-event-loop/" in got[:3], f"색인을 받은 뒤 첫 검색 결과가 이상합니다: {got[:3]}"
    finally:
        context.close()


def test_opening_a_long_page_does_not_restyle_it_all_again(chrome, site_url):
    """Once Material's script starts, no style recalculation may touch most of the page again,
    and code blocks get their copy button when they come into view, not all at load.
    Each such recalculation held a phone's main thread for 100–400 ms on a long chapter
    (palette.js, the early html class in overrides/main.html, content.lazy).
    Counted from Chrome's trace, not timed: each recalculation reports how many elements it styled."""
    context = browser.new_context(chrome, "light", browser.PHONE)
    page = context.new_page()
    chrome.start_tracing(page=page, categories=["devtools.timeline"])
    try:
        page.goto(site_url + "13-faq/", wait_until="load")
        page.wait_for_timeout(500)
        elements = page.evaluate("document.getElementsByTagName('*').length")
        blocks, buttons = page.evaluate("[document.querySelectorAll('pre > code').length, "
                                        "document.querySelectorAll('.md-code__nav').length]")
    finally:
        events = json.loads(chrome.stop_tracing())["traceEvents"]
        context.close()
    started = [e["ts"] for e in events if e.get("name") == "EvaluateScript"
               and "/bundle." in e.get("args", {}).get("data", {}).get("url", "")]
    assert started, "추적에서 Material 의 bundle 실행을 찾지 못했습니다"
    restyled = [e["args"]["elementCount"] for e in events if e.get("name") == "UpdateLayoutTree"
                and e["ts"] > started[0] and e.get("args", {}).get("elementCount", 0) > elements / 2]
    assert not restyled, (
        f"/13-faq/: Material 이 시작한 뒤 문서 전체(요소 {elements}개 중 {restyled})의 스타일을 다시 계산했습니다. "
        "palette.js 와 overrides/main.html 의 html 클래스가 그대로인지, Material 을 올렸다면 그 시작 과정이 바뀌었는지 확인하세요.")
    assert buttons < blocks / 2, (
        f"/13-faq/: 페이지를 열자마자 코드 블록 {blocks}개 중 {buttons}개에 복사 단추를 붙였습니다. "
        "mkdocs.yml 의 content.lazy 가 꺼졌나요?")


def test_theme_follows_the_reader_and_the_toggle(chrome, site_url):
    """palette.js holds back two of Material's start-up steps; the theme must still work:
    the dark preference shows the dark palette with a dark page scrollbar, and the toggle
    switches both, without colour transitions (data-md-color-switching while it switches),
    also in blocks off the screen that are drawn later (extra.css): they must not fade in from the old colours."""
    context = browser.new_context(chrome, "dark", browser.PHONE)
    context.add_init_script("""
        window.__switching = 0;
        new MutationObserver(records => records.forEach(r => {
          if (r.attributeName === 'data-md-color-switching' && r.target.hasAttribute(r.attributeName)) window.__switching++;
        })).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-md-color-switching']});""")
    page = context.new_page()
    state = """() => [document.body.getAttribute('data-md-color-scheme'),
                      getComputedStyle(document.documentElement).colorScheme, window.__switching]"""
    try:
        page.goto(site_url + "04-tasks/", wait_until="load")
        scheme, root, before = page.evaluate(state)
        assert (scheme, root) == ("slate", "dark"), f"어두운 테마를 고른 독자에게 {scheme} 팔레트, {root} 바탕이 보입니다"
        page.locator("form[data-md-component=palette] label:not([hidden])").click()
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
        scheme, root, after = page.evaluate(state)
        assert root in ("normal", "light"), f"밝은 테마로 바꿨는데 페이지 바탕의 색 구성표가 {root} 입니다"
        assert after == before + 1, "테마를 바꾸는 동안 색 전환 애니메이션을 끄지 않았습니다 (data-md-color-switching)"
        page.wait_for_timeout(300)
        fading = page.evaluate("""async () => {
          const fading = [];
          for (const block of document.querySelectorAll('.md-content__inner > :nth-child(8n)')) {
            const before = new Set(document.getAnimations());
            block.scrollIntoView();
            for (let i = 0; i < 3; i++) await new Promise(ok => requestAnimationFrame(ok));
            fading.push(...document.getAnimations().filter(a => !before.has(a) && a.effect.target.closest('.md-content'))
              .map(a => `${a.transitionProperty} ${a.effect.target.tagName}.${a.effect.target.className}`));
          }
          return fading;
        }""")
        assert not fading, (f"테마를 바꾼 뒤 스크롤하면 블록 {len(fading)}곳이 옛 색에서 바뀌며 번쩍입니다 (예: {fading[:3]}). "
                            "palette.js 의 draw-all 을 확인하세요")
    finally:
        context.close()


# 본문 블록 하나하나의 위치와 높이
BLOCK_BOXES = """() => [...document.querySelectorAll('.md-content__inner > *')].map((el, i) => {
  const r = el.getBoundingClientRect();
  return `${i}번째 ${el.tagName.toLowerCase()}.${el.className}: y=${Math.round(r.top + scrollY)} 높이=${Math.round(r.height)}`;
})"""
# extra.css 의 @supports (content-visibility: auto) 블록(화면 밖 블록을 늦게 그리는 지름길)을 다루는 두 가지:
# 모든 블록을 지금 그리되 같은 격리(contain)는 유지하기, 그리고 블록을 통째로 지우기.
SHORTCUT_RULES = """[...document.styleSheets].flatMap(sheet => [...sheet.cssRules].flatMap(r => [r, ...(r.cssRules || [])])
  .filter(r => r instanceof CSSSupportsRule && r.conditionText.includes('content-visibility')).map(r => [r.parentRule || r.parentStyleSheet, r]))"""
DRAW_ALL_KEEP_CONTAINMENT = f"""() => {SHORTCUT_RULES}.forEach(([, block]) => [...block.cssRules].forEach(r => {{
  if (r.style && r.style.contentVisibility) {{ r.style.contentVisibility = 'visible'; r.style.contain = 'layout style paint'; }}
}}))"""
SKIPPED_BLOCKS = """[...document.querySelectorAll('pre > code')]
  .filter(el => getComputedStyle(el).contentVisibility === 'auto').length"""
WITHOUT_SHORTCUT = f"""() => {SHORTCUT_RULES}.forEach(([parent, block]) => parent.deleteRule([...parent.cssRules].indexOf(block)))"""


# 코드 블록(pre)의 높이: 건너뛰었을 때(extra.css 의 어림값)와 그린 뒤. 규칙의 auto(그린 적 있는 높이 기억)는 빼고 잽니다.
CODE_HEIGHTS = """() => [...document.querySelectorAll('pre > code[style*="--lines"]')].filter(c => c.offsetParent)
  .map(c => [c.closest('.highlight')?.querySelector('.filename')?.textContent || '', c.style.getPropertyValue('--lines'),
             c.parentElement.getBoundingClientRect().height])"""
SKIP_ALL = f"""() => {SHORTCUT_RULES}.forEach(([, block]) => [...block.cssRules].forEach(r => {{
  if (r.style && r.style.contentVisibility) {{
    r.style.contentVisibility = 'hidden';
    r.style.containIntrinsicBlockSize = r.style.containIntrinsicBlockSize.replace(/^auto /, '');
  }}
}}))"""


def code_blocks_that_would_move(page) -> list[str]:
    """Code blocks whose height before they are drawn (extra.css: their lines times the line height)
    differs from their height once drawn. Such a block moves the text below it when the reader scrolls
    to it (layout shift), and a link to a heading below it lands in the wrong place."""
    page.evaluate(DRAW_ALL_KEEP_CONTAINMENT)
    drawn = page.evaluate(CODE_HEIGHTS)
    page.evaluate(SKIP_ALL)
    skipped = page.evaluate(CODE_HEIGHTS)
    return [f"  {k + 1}번째 코드 블록 {name or '(제목 없음)'}: {lines}줄, 그리기 전 {s:.1f}px, 그린 뒤 {d:.1f}px"
            for k, ((name, lines, d), (_, _, s)) in enumerate(zip(drawn, skipped)) if abs(d - s) > 0.5]


def blocks_moved_by_shortcut(page) -> list[str]:
    """Blocks whose place differs with and without extra.css's content-visibility shortcut, once drawn:
    the containment it brings must not change the layout (it would if it sat on a box whose children's
    margins collapse through it, such as the pre around the code)."""
    page.evaluate(DRAW_ALL_KEEP_CONTAINMENT)
    drawn = page.evaluate(BLOCK_BOXES)
    page.evaluate(WITHOUT_SHORTCUT)
    plain = page.evaluate(BLOCK_BOXES)
    return [f"  지름길 없이 {p}\n  지름길로     {d}" for d, p in zip(drawn, plain) if d != p]


def test_long_page_styles_only_what_is_near_the_screen(chrome, site_url):
    """extra.css draws a code block only when it comes near the screen (content-visibility):
    opening a long chapter styles far fewer elements than the page has. Counted in Chrome's trace."""
    context = browser.new_context(chrome, "light", browser.PHONE)
    page = context.new_page()
    chrome.start_tracing(page=page, categories=["devtools.timeline"])
    try:
        page.goto(site_url + "13-faq/", wait_until="load")
        page.wait_for_timeout(500)
        elements = page.evaluate("document.getElementsByTagName('*').length")
    finally:
        events = json.loads(chrome.stop_tracing())["traceEvents"]
        context.close()
    styled = sum(e["args"].get("elementCount", 0) for e in events
                 if e.get("name") == "UpdateLayoutTree" and "args" in e)
    assert styled < elements / 2, (
        f"/13-faq/: 페이지를 여는 동안 요소 {elements}개 중 {styled}개(중복 포함)의 스타일을 계산했습니다. "
        "화면 밖의 블록은 건너뛰어야 합니다: extra.css 의 content-visibility 규칙이 그대로인지 확인하세요.")


def test_focus_ring_of_a_code_block_is_whole(chrome, site_url):
    """The containment that content-visibility brings clips what a box's descendants paint to that box.
    A wide code block is reached with the keyboard (tabindex) and draws its focus ring just outside the
    code element: extra.css puts the shortcut on that element, whose own ring it does not clip (seen in
    screenshots), and on nothing around it, such as the pre, which would cut the ring off."""
    context = browser.new_context(chrome, "light", browser.PHONE)
    page = context.new_page()
    try:
        page.goto(site_url + "01-async/", wait_until="load")
        code = page.locator("pre > code[tabindex='0']").first
        code.scroll_into_view_if_needed()
        page.keyboard.press("Shift")  # 키보드로 옮긴 포커스여야 테두리가 보입니다 (:focus-visible)
        code.focus()
        outline, own, clipping = code.evaluate("""el => {
          const contained = e => getComputedStyle(e).contentVisibility !== 'visible' || /paint|strict|content/.test(getComputedStyle(e).contain);
          const clipping = [];
          for (let a = el.parentElement; a; a = a.parentElement) if (contained(a)) clipping.push(a.tagName.toLowerCase() + '.' + a.className);
          return [getComputedStyle(el).outlineStyle, getComputedStyle(el).contentVisibility, clipping];
        }""")
    finally:
        context.close()
    assert outline != "none", "/01-async/: 키보드로 고른 코드 블록에 포커스 테두리가 없습니다"
    assert own == "auto", "/01-async/: 코드 블록(pre > code)에 extra.css 의 content-visibility 가 걸려 있지 않습니다"
    assert not clipping, (f"/01-async/: 코드 블록을 감싼 {clipping} 에 격리(content-visibility 나 contain: paint)가 있어 "
                          "키보드 포커스 테두리를 자릅니다. extra.css 의 규칙은 pre 가 아니라 그 안의 code 에 거세요")


@pytest.mark.parametrize("path", PAGES, ids=[p or "index" for p in PAGES])
def test_link_to_a_heading_lands_on_it(chrome, site_url, path):
    """A link to #a-heading (a search result, a link from another chapter) shows that heading at the top,
    or the page's end if it is too short to scroll further. Code blocks not yet drawn have the height
    of their lines (extra.css), short of the scrollbar a wide block gets on a desktop, so overrides/main.html
    draws them all when the address has a heading."""
    context = browser.new_context(chrome, "light", browser.PHONE)
    wrong = []
    try:
        page = context.new_page()
        page.goto(site_url + path, wait_until="load")
        headings = page.evaluate("[...document.querySelectorAll('.md-content__inner > :is(h2, h3)[id]')].map(h => h.id)")
        page.close()
        for heading in headings[:1] + headings[-3:]:  # 끝의 제목들이 어림 높이에 가장 민감합니다
            page = context.new_page()
            page.goto(f"{site_url}{path}#{heading}", wait_until="load")
            page.wait_for_timeout(200)
            place = page.evaluate("""id => {
              const h = document.getElementById(id), top = h.getBoundingClientRect().top;
              const wanted = parseFloat(getComputedStyle(h).scrollMarginTop);
              const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
              return {top: Math.round(top), wanted, ok: Math.abs(top - wanted) < 2 || (atEnd && top >= wanted && top < innerHeight)};
            }""", heading)
            if not place["ok"]:
                wrong.append(f"#{heading}: 제목이 화면 위에서 {place['top']}px (기대 {place['wanted']}px, 또는 페이지 끝)")
            page.close()
    finally:
        context.close()
    assert not wrong, f"/{path} 를 제목 링크로 열었을 때 제목이 제자리에 오지 않았습니다 (overrides/main.html 의 draw-all 을 확인하세요):\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", ["glossary/", "13-faq/"])
def test_reload_keeps_the_readers_place(chrome, site_url, path):
    """Reloading a long page brings back what the reader was reading. The browser restores the scroll
    offset, which only means the same text if every block above has its real height (overrides/main.html)."""
    context = browser.new_context(chrome, "light", browser.PHONE)
    page = context.new_page()
    reading = "() => document.elementFromPoint(innerWidth / 2, innerHeight / 2).textContent.trim().slice(0, 60)"
    try:
        page.goto(site_url + path, wait_until="load")
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight * 0.3)")
        page.wait_for_timeout(500)
        page.evaluate("history.replaceState(null, '', location.pathname)")  # 주소에 #제목 이 없는 경우를 봅니다
        before = page.evaluate(reading)
        page.reload(wait_until="load")
        page.wait_for_timeout(500)
        after = page.evaluate(reading)
    finally:
        context.close()
    assert after == before, f"/{path}: 새로 고침 전에는 「{before}」, 뒤에는 「{after}」를 보여 줍니다"


def test_dark_first_visit_is_dark_before_the_article(chrome, site_url):
    """A first-time reader whose system is dark gets the dark palette before the article is parsed
    (overrides/main.html, block header). Material alone picks it after its bundle loads: the article
    is styled light first, and blocks drawn later (extra.css) then fade from light colours as they scroll in."""
    context = browser.new_context(chrome, "dark", browser.PHONE)
    page = context.new_page()
    page.add_init_script("""new MutationObserver((changes, observer) => {
      if (!document.querySelector('.md-content')) return;
      window.schemeAtArticle = document.body.getAttribute('data-md-color-scheme');
      observer.disconnect();
    }).observe(document, {childList: true, subtree: true})""")
    try:
        page.goto(site_url + "06-cancellation/", wait_until="load")
        scheme = page.evaluate("window.schemeAtArticle")
    finally:
        context.close()
    assert scheme == "slate", (f"/06-cancellation/: 어두운 시스템 설정인데 본문을 읽을 때의 팔레트가 {scheme!r} 입니다. "
                               "overrides/main.html 의 block header 스크립트를 확인하세요")


def test_printing_draws_every_block(chrome, site_url):
    """Printing a chapter (or saving it as PDF) shows every block: the shortcut is for the screen only."""
    context = browser.new_context(chrome, "light", browser.PHONE)
    page = context.new_page()
    try:
        page.goto(site_url + "13-faq/", wait_until="load")
        skipped_on_screen = page.evaluate(SKIPPED_BLOCKS)
        page.emulate_media(media="print")
        skipped_in_print = page.evaluate(SKIPPED_BLOCKS)
    finally:
        context.close()
    assert skipped_on_screen > 0, "/13-faq/: 화면에서도 건너뛴 블록이 없습니다. extra.css 의 content-visibility 규칙이 그대로인지 확인하세요"
    assert skipped_in_print == 0, f"/13-faq/: 인쇄할 때 블록 {skipped_in_print}개를 그리지 않습니다. extra.css 의 @media screen 을 확인하세요"


def test_chromium_is_found_where_playwright_put_it(tmp_path, monkeypatch):
    """Ubuntu and macOS readers use `playwright install chromium`; the snap chromium cannot read /tmp."""
    chrome = tmp_path / "chromium-1200" / "chrome-linux64" / "chrome"
    chrome.parent.mkdir(parents=True)
    chrome.write_text("#!/bin/sh\n")
    chrome.chmod(0o755)
    snap = tmp_path / "snap"
    snap.mkdir()
    monkeypatch.delenv("CHROMIUM", raising=False)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path))
    monkeypatch.setenv("PATH", str(snap))  # no chromium on PATH
    assert browser.chromium_path() == str(chrome)
    monkeypatch.setenv("CHROMIUM", "no-such-browser")
    assert browser.chromium_path() is None  # a wrong $CHROMIUM is not silently replaced
