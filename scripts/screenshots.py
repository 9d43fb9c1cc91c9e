"""`make screenshots`: every page at phone and desktop width, light and dark, into screenshots/."""

from __future__ import annotations

import sys

import browser
import harness

OUT = harness.ROOT / "screenshots"


def main() -> int:
    site = harness.ROOT / "site"
    if not (site / "index.html").exists():
        print("먼저 make build 를 실행하세요.", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    count = 0
    with browser.serve(site) as url, browser.browser() as b:
        for scheme in ("light", "dark"):
            for label, size in (("phone", browser.PHONE), ("desktop", browser.DESKTOP)):
                context = browser.new_context(b, scheme, size)
                page = context.new_page()
                for path in browser.page_urls(site):
                    page.goto(url + path, wait_until="networkidle")
                    browser.render_diagrams(page)
                    # 화면 밖 블록은 다가갈 때 그립니다(extra.css). 한 장에 페이지 전체를 담으려면 모두 그려 둡니다.
                    page.evaluate("document.documentElement.classList.add('draw-all')")
                    name = (path.strip("/") or "index") + f"-{label}-{scheme}.png"
                    page.screenshot(path=str(OUT / name), full_page=True)
                    count += 1
                context.close()
    print(f"{count}장을 {OUT.relative_to(harness.ROOT)}/ 에 저장했습니다.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
