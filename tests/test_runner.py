"""The "실행" button (hooks/runner.py, run.js, assets/runner/): examples run in the reader's browser
with Pyodide, and the panel's verdict uses the same comparison as these tests."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

import browser
import browser_runs
import harness

ROOT = harness.ROOT
COMPARE_JS = ROOT / "docs" / "assets" / "runner" / "compare.js"
RUN_JS = ROOT / "docs" / "assets" / "javascripts" / "run.js"
RUNS = tomllib.loads(browser_runs.RUNS.read_text(encoding="utf-8"))["runs"]
REGENERATE = "make browser-runs 로 다시 재세요 (snippets/browser-runs.toml)"

import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("runner_hook", ROOT / "hooks" / "runner.py")
runner_hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(runner_hook)

# (기대 출력, 실제 출력): 같은 것과 다른 것이 섞여 있습니다. 파이썬과 자바스크립트의 답이 모두 같아야 합니다.
CASES = [
    ("끝\n", "끝\n"),
    ("끝\n", "끝"),
    ("끝\n\n\n", "끝\n"),
    ("a\nb\n", "a\nc\n"),
    ("걸린 시간: 1.0초\n", "걸린 시간: 1.2초\n"),
    ("걸린 시간: 1.0초\n", "걸린 시간: 1.31초\n"),
    ("걸린 시간: 1.0초\n", "걸린 시간: 0.89초\n"),
    ("걸린 시간: 1.0초\n", "걸린 시간: 0.91초\n"),
    ("10.0초\n", "12.4초\n"), ("10.0초\n", "12.6초\n"),
    ("took 2.00 seconds\n", "took 2.29 seconds\n"), ("took 2.00 seconds\n", "took 2.31 seconds\n"),
    ("took 2.00 secondsx\n", "took 2.01 secondsx\n"),
    ("took 2.00 seconds다\n", "took 9.01 seconds다\n"),
    ("took 0.5 second\n", "took 0.79 second\n"),
    ("1.0 초 2.0 초\n", "1.0 초 2.6 초\n"),
    ("2.0배 빠름\n", "3.9배 빠름\n"), ("2.0배 빠름\n", "4.1배 빠름\n"), ("2.0배\n", "0.9배\n"),
    ("1.0배\n", "1.0배\n"), ("1.0배\n", "1.1배\n"),
    ("<Task 0x7f12ab34cd56>\n", "<Task 0x55aa00bb11cc>\n"), ("0x12345\n", "0x54321\n"),
    ("12:34:56 시작\n", "01:02:03 시작\n"), ("12:34:56.789 시작\n", "01:02:03,1 시작\n"),
    ("가12:34:56\n", "가01:02:03\n"), ("x12:34:56\n", "x01:02:03\n"),
    ("2024-01-02 로그\n", "2031-12-30 로그\n"), ("로그2024-01-02\n", "로그2031-12-30\n"),
    ('  File "…/asyncio/tasks.py", line 123, in run\n', '  File "…/asyncio/tasks.py", line 456, in run\n'),
    ('  File "main.py", line 3, in run\n', '  File "main.py", line 4, in run\n'),
    ("١.٥초\n", "1.5초\n"), ("1.0초 끝\n", "1.0초 끝!\n"),
    ("", ""), ("", "\n"), ("x", ""),
]


def node() -> str:
    found = shutil.which("node")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("CI 에 node 가 없습니다", pytrace=False)
        pytest.skip("node 가 없어 compare.js 를 시험하지 못합니다")
    return found


def test_javascript_compare_agrees_with_the_harness(tmp_path):
    """docs/assets/runner/compare.js is harness.normalise/compare ported: same verdicts, same blanks."""
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps(CASES), encoding="utf-8")
    script = (f"import {{compare, normalise}} from {json.dumps(COMPARE_JS.as_uri())};"
              f"import {{readFileSync}} from 'node:fs';"
              f"const cases = JSON.parse(readFileSync({json.dumps(str(cases))}, 'utf8'));"
              "console.log(JSON.stringify(cases.map(([e, a]) => [compare(e, a) === null, normalise(a)])));")
    done = subprocess.run([node(), "--no-warnings", "--input-type=module", "-e", script],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    js = json.loads(done.stdout)
    wrong = []
    for (expected, actual), (js_same, js_norm) in zip(CASES, js, strict=True):
        py_same = harness.compare(expected, actual) is None
        py_norm = list(harness.normalise(actual))
        if py_same != js_same or py_norm != js_norm:
            wrong.append(f"{expected!r} / {actual!r}: 파이썬 {py_same} {py_norm}, 자바스크립트 {js_same} {js_norm}")
    assert not wrong, "compare.js 가 harness.py 와 다르게 판단합니다 (둘을 함께 고치세요):\n" + "\n".join(wrong)
    assert any(s for s, _ in js) and not all(s for s, _ in js)


def test_the_runs_file_is_complete_and_honest(built_site):
    """Every example shown on a page has a measured entry; what cannot run as on CPython 3.14 never has a button."""
    shown = set()
    for html in built_site.rglob("index.html"):
        shown |= set(re.findall(r'data-run="([^"]+)"', html.read_text(encoding="utf-8")))
    assert len(shown) > 100, "빌드된 사이트에서 data-run 이 붙은 예제를 거의 찾지 못했습니다 (hooks/runner.py)"
    missing = sorted(shown - RUNS.keys())
    assert not missing, f"snippets/browser-runs.toml 에 없는 예제 {len(missing)}개: {missing[:10]}. {REGENERATE}"
    snippets = {s.rel: s for s in harness.find_snippets()}
    wrong = []
    for rel, value in RUNS.items():
        if rel not in snippets:
            wrong.append(f"{rel}: 없는 예제입니다")
            continue
        if value is not True and value not in runner_hook.REASONS:
            wrong.append(f"{rel}: 모르는 까닭 {value!r}")
        known = browser_runs.static_reason(snippets[rel])
        if known and value != known:
            wrong.append(f"{rel}: {value!r} 이지만 {known} 이어야 합니다")
    assert not wrong, "\n".join(wrong) + f"\n{REGENERATE}"


def test_measuring_a_few_examples_keeps_the_notes_of_the_rest(tmp_path, monkeypatch):
    """`make browser-runs ONLY=…` rewrites the file: the notes of the examples it did not measure stay."""
    runs = tmp_path / "browser-runs.toml"
    runs.write_text('[runs]\n"a/one.py" = "differs"  # differs: 3번째 줄이 다릅니다\n"a/two.py" = true\n', encoding="utf-8")
    monkeypatch.setattr(browser_runs, "RUNS", runs)
    assert browser_runs.old_notes() == {"a/one.py": "differs: 3번째 줄이 다릅니다"}


def test_the_pages_show_a_button_or_a_reason(built_site):
    html = (built_site / "07-blocking" / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<div class="language-python highlight" data-run="([^"]+)"( data-run-no="([^"]+)")?', html)
    assert blocks
    for rel, _, reason in blocks:
        assert (RUNS.get(rel) is True) == (not reason), f"{rel}: data-run-no={reason!r}, browser-runs.toml={RUNS.get(rel)!r}"
    for reason in {r for _, _, r in blocks if r}:
        assert runner_hook.REASONS[reason] + runner_hook.NOTE_END in html


def test_pyodide_is_self_hosted_from_the_lock(built_site):
    """Pyodide comes from npm (package-lock.json, exact version, integrity hash) into assets/pyodide/: only the files needed."""
    pin = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pin), f"package.json 의 pyodide 판 {pin!r} 은 정확한 판이어야 합니다"
    locked = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]["node_modules/pyodide"]
    assert locked["version"] == pin and locked["integrity"].startswith("sha512-")
    copied = sorted(p.name for p in (built_site / "assets" / "pyodide").iterdir())
    assert copied == sorted(runner_hook.PYODIDE_FILES)
    size = sum((built_site / "assets" / "pyodide" / n).stat().st_size for n in copied) / 1e6
    page = (built_site / "04-tasks" / "index.html").read_text(encoding="utf-8")
    assert f'data-size="{size:.1f}"' in page, "실행 단추가 알리는 크기가 복사한 파일의 크기와 다릅니다"
    for js in [RUN_JS, *(ROOT / "docs" / "assets" / "runner").glob("*.js")]:
        assert not re.search(r"https?://", js.read_text(encoding="utf-8")), f"{js.name}: 다른 호스트의 주소가 있습니다"
    tracked = subprocess.run(["git", "ls-files", "node_modules", "site"], cwd=ROOT, capture_output=True, text=True).stdout
    assert not tracked.strip(), "node_modules/ 나 site/ 가 커밋되어 있습니다"


def test_first_load_gets_only_the_small_script(built_site):
    """Pages load one small deferred script; the runner and Pyodide load when a button is pressed."""
    assert RUN_JS.stat().st_size < 2500, f"run.js 가 {RUN_JS.stat().st_size} 바이트입니다: 첫 로드는 작게"
    page = (built_site / "04-tasks" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<script src="\.\./assets/javascripts/run\.js" data-size="[\d.]+" defer>', page)
    assert "runner/runner.js" not in page and "pyodide" not in page.replace("data-size", "")
    glossary = (built_site / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "run.js" not in glossary, "예제가 없는 페이지에도 run.js 를 붙였습니다"


# --- in a real browser --------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(not browser.chromium_path(), reason="chromium 이 없습니다")


@pytest.fixture(scope="module")
def site_url(built_site):
    if not browser.chromium_path():
        pytest.skip("chromium 이 없습니다")
    with browser.serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def chrome():
    if not browser.chromium_path():
        pytest.skip("chromium 이 없습니다")
    with browser.browser() as b:
        yield b


@contextmanager
def opened_page(chrome, scheme: str, viewport, init_script: str = ""):
    """A page in its own context (a fresh cache), closed however the test ends."""
    context = browser.new_context(chrome, scheme, viewport)
    if init_script:
        context.add_init_script(init_script)
    try:
        yield context.new_page()
    finally:
        context.close()


def watch(page) -> tuple[list[str], list[str]]:
    """Collects the page's requests and its script and console errors as they happen."""
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: problems.append(f"스크립트 오류: {e}"))
    page.on("console", lambda m: m.type == "error" and problems.append(f"콘솔 오류: {m.text}"))
    return requests, problems


def runnable_by_page(site: Path) -> dict[str, list[str]]:
    return {path: [r for r in rels if RUNS.get(r) is True]
            for path, rels in browser_runs.blocks_by_page(site).items() if any(RUNS.get(r) is True for r in rels)}


def test_every_runnable_example_matches_through_its_button(chrome, site_url, built_site):
    """The promise of the button: each example marked runnable prints, in headless chromium's Pyodide,
    what the page shows under it (3.14 tab), as the page's own panel judges it."""
    failed = []
    count = 0
    for path, rels in runnable_by_page(built_site).items():
        with opened_page(chrome, "light", browser.DESKTOP) as page:
            requests, problems = watch(page)
            page.goto(site_url + path, wait_until="load")
            for rel in rels:
                r = browser_runs.click_run(page, rel)
                count += 1
                if r["verdict"] != "match":
                    failed.append(f"{rel} ({r['verdict']}): {r['status'][:400]}")
            no_button = page.evaluate("[...document.querySelectorAll('[data-run-no] .run-button')].length")
            assert not no_button, f"/{path}: 실행할 수 없다고 잰 예제에 실행 단추가 있습니다"
        outside = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", None) and not u.startswith(("data:", "blob:"))]
        assert not outside and not problems, f"/{path}: {outside} {problems}"
    print(f"실행 단추로 실행한 예제 {count}개")
    assert count == sum(1 for v in RUNS.values() if v is True)
    assert not failed, f"실행 단추의 결과가 페이지의 출력과 다릅니다 ({len(failed)}/{count}). 예제를 고쳤다면 {REGENERATE}:\n" + "\n".join(failed)


def first_runnable(site: Path) -> tuple[str, str]:
    for path, rels in runnable_by_page(site).items():
        return path, rels[0]
    pytest.fail("실행 단추가 붙은 예제가 없습니다")


def test_lazy_no_network_edit_revert_and_stop(chrome, site_url, built_site):
    path, rel = first_runnable(built_site)
    with opened_page(chrome, "light", browser.DESKTOP) as page:
        requests, problems = watch(page)
        page.goto(site_url + path, wait_until="networkidle")
        block = page.locator(f'div.highlight[data-run="{rel}"]').first
        block.scroll_into_view_if_needed()
        button = block.locator("button.run-button")
        button.wait_for(state="attached")
        title = button.get_attribute("aria-label")
        assert re.search(r"약 \d+\.\d MB", title), f"처음 받기 전의 단추가 크기를 알리지 않습니다: {title!r}"
        assert not [u for u in requests if "/assets/runner/" in u or "/assets/pyodide/" in u], "단추를 누르기 전에 받았습니다"
        assert browser_runs.click_run(page, rel)["verdict"] == "match"
        assert [u for u in requests if u.endswith("pyodide.asm.wasm")], "Pyodide 를 받지 않았습니다"
        assert "처음 한 번" not in button.get_attribute("aria-label")

        # 고쳐서 실행: 네트워크에 닿으려는 코드는 막힙니다
        before = len(requests)
        block.locator("button.run-button").click()
        panel = page.locator(f'div.highlight[data-run="{rel}"] + .run-panel')
        page.wait_for_function("p => p.dataset.verdict", arg=panel.element_handle(), timeout=60_000)
        panel.locator("button", has_text="고쳐서 실행").click()
        editor = block.locator("textarea.run-editor")
        assert editor.is_visible() and not block.locator("pre").is_visible()
        editor.fill(
            "import js\n"
            "for name in ('fetch', 'XMLHttpRequest', 'WebSocket', 'importScripts'):\n"
            "    print(name, getattr(js, name, None))\n"
            "try:\n"
            "    import urllib.request\n"
            f"    urllib.request.urlopen('{site_url}leak')\n"
            "except Exception as e:\n"
            "    print('urllib', type(e).__name__)\n"
            "print('끝')\n")
        panel.locator("button", has_text="고친 코드 실행").click()
        page.wait_for_function("p => p.dataset.verdict", arg=panel.element_handle(), timeout=60_000)
        out = panel.locator(".run-output").inner_text()
        assert "끝" in out and "fetch None" in out and "WebSocket None" in out, out
        assert panel.get_attribute("data-verdict") == "edited"
        assert not [u for u in requests[before:] if "leak" in u], "예제 코드가 네트워크 요청을 보냈습니다"

        # 멈춤: 끝나지 않는 코드를 워커째 끝냅니다
        editor.fill("import asyncio\n\nasync def main():\n    while True:\n        print('돈다', flush=True)\n"
                    "        await asyncio.sleep(0.2)\n\nasyncio.run(main())\n")
        panel.locator("button", has_text="고친 코드 실행").click()
        page.wait_for_function("p => p.querySelector('.run-output').textContent.includes('돈다')", arg=panel.element_handle(), timeout=30_000)
        panel.locator("button", has_text="멈춤").click()
        assert panel.get_attribute("data-verdict") == "stopped"

        # 되돌리기: 원래 코드가 다시 보이고, 다시 실행하면 페이지의 출력과 같습니다
        panel.locator("button", has_text="되돌리기").click()
        assert not block.locator("textarea").count() and block.locator("pre").is_visible()
        panel.locator("button", has_text="다시 실행").click()
        page.wait_for_function("p => p.dataset.verdict", arg=panel.element_handle(), timeout=60_000)
        assert panel.get_attribute("data-verdict") == "match", panel.locator(".run-status").inner_text()
    assert not problems, problems


def test_without_stack_switching_the_button_says_so(chrome, site_url, built_site):
    path, rel = first_runnable(built_site)
    with opened_page(chrome, "light", browser.PHONE, "delete WebAssembly.Suspending; delete WebAssembly.promising;") as page:
        requests, _ = watch(page)
        page.goto(site_url + path, wait_until="load")
        block = page.locator(f'div.highlight[data-run="{rel}"]').first
        block.scroll_into_view_if_needed()
        button = block.locator("button.run-button")
        button.wait_for(state="attached")
        assert button.inner_text() == "실행 불가"
        button.click()
        status = page.locator(".run-panel .run-status")
        status.wait_for()
        assert "JSPI" in status.inner_text() and "내 컴퓨터" in status.inner_text()
        assert not [u for u in requests if "/assets/pyodide/" in u], "실행할 수 없는데 Pyodide 를 받았습니다"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_panel_is_accessible_on_a_phone(chrome, site_url, built_site, scheme):
    """A panel after a run, at 390 px: axe clean, reachable by keyboard, nothing wider than the screen."""
    path, rel = first_runnable(built_site)
    with opened_page(chrome, scheme, browser.PHONE) as page:
        page.goto(site_url + path, wait_until="load")
        panel = browser_runs.press(page, rel)
        assert panel.get_attribute("data-verdict") == "match", panel.locator(".run-status").inner_text()
        assert panel.locator("[aria-live]").count() and panel.locator("[role=status]").count()
        wide = panel.evaluate("p => p.getBoundingClientRect().right - document.documentElement.clientWidth")
        assert wide <= 1, f"패널이 화면보다 {wide}px 넓습니다"
        panel.locator("button", has_text="다시 실행").focus()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "고쳐서 실행"
        page.add_script_tag(path=str(ROOT / "scripts" / "node_modules" / "axe-core" / "axe.min.js"))
        violations = page.evaluate("axe.run(document.querySelector('.run-panel').closest('article') || document,"
                                   " {resultTypes: ['violations']}).then(r => r.violations)")
        problems = [f"axe {v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}" for v in violations]
        assert not problems, "\n".join(problems)
