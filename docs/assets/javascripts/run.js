// 예제의 "실행" 단추 (hooks/runner.py 가 이 스크립트를 예제가 있는 페이지에만 붙입니다).
// 여기서는 단추만 붙입니다. 누르면 그때 assets/runner/runner.js 와 Pyodide(브라우저용 파이썬 3.14)를 받습니다.
(function () {
  var me = document.currentScript, base = me.src.replace(/javascripts\/run\.js.*$/, "");
  var jspi = typeof WebAssembly === "object" && typeof WebAssembly.Suspending === "function" && typeof WebAssembly.promising === "function";
  var size = me.getAttribute("data-size"), runner;
  function label(b) {
    var got = window.__guideRunner || (function () { try { return localStorage.getItem("guide-pyodide"); } catch (e) { return null; } })();
    b.title = !jspi ? "이 브라우저에서는 실행할 수 없습니다 (WebAssembly 스택 전환이 없음)"
      : got ? "브라우저의 파이썬 3.14로 실행" : "브라우저의 파이썬 3.14로 실행 (처음 한 번 약 " + size + " MB 받음)";
    b.setAttribute("aria-label", b.title);
  }
  function add(nav) {
    var block = nav.closest("[data-run]");
    if (!block || nav.querySelector(".run-button") || (block.hasAttribute("data-run-no") && !window.__guideRunAll)) return;
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-code__button run-button";
    b.textContent = jspi ? "실행" : "실행 불가";
    label(b);
    b.addEventListener("click", function () {
      runner = runner || import(base + "runner/runner.js");
      runner.then(function (m) { m.open(block, { jspi: jspi, base: base, size: size }); });
    });
    nav.insertBefore(b, nav.firstChild);
  }
  function scan() { document.querySelectorAll("[data-run] .md-code__nav").forEach(add); }
  new MutationObserver(scan).observe(document.querySelector(".md-content") || document.body, { childList: true, subtree: true });
  scan();
})();
