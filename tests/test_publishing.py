"""What a shared link shows: every built page names a title, a description and a picture (Open Graph)."""

from __future__ import annotations

import re
import struct

from bs4 import BeautifulSoup

import harness

SITE_URL = re.search(r"(?m)^site_url:\s*(\S+)", (harness.ROOT / "mkdocs.yml").read_text(encoding="utf-8")).group(1)


def pages(site):
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts)


NEEDED = ["og:title", "og:description", "og:image", "twitter:card", "twitter:image"]


def meta(soup: BeautifulSoup, key: str) -> str | None:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag.get("content") if tag else None


def test_every_page_has_a_link_preview(built_site):
    wrong = []
    for page in pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        name = page.relative_to(built_site)
        for key in NEEDED:
            if not (meta(soup, key) or "").strip():
                wrong.append(f"{name}: <meta {key}> 가 없거나 비었습니다")
        for key in ("og:image", "og:url", "twitter:image"):
            url = meta(soup, key)
            if url is not None and not url.startswith(SITE_URL):
                wrong.append(f"{name}: {key}={url!r} 는 {SITE_URL} 로 시작하는 절대 주소여야 합니다")
    assert not wrong, "링크 미리 보기(overrides/main.html 의 extrahead):\n" + "\n".join(wrong)


def test_preview_picture_is_there_and_small(built_site):
    soup = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    url = meta(soup, "og:image")
    picture = built_site / url.removeprefix(SITE_URL)
    assert picture.is_file(), f"{url} 가 빌드된 사이트에 없습니다 (make og-image)"
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{picture.name} 가 PNG 가 아닙니다"
    assert struct.unpack(">II", data[16:24]) == (1200, 630), "링크 미리 보기 그림은 1200x630 이어야 합니다 (make og-image)"
    assert len(data) < 100_000, f"{picture.name} 가 {len(data) // 1024} KB 입니다. 100 KB 보다 작게 (make og-image)"
