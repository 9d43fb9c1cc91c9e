// Material 이 코드 블록마다 만드는 <nav class="md-code__nav"> 에 서로 다른 이름을 붙입니다.
// 이름이 같은 랜드마크가 여럿이면 화면 낭독기 사용자가 구별할 수 없습니다 (axe: landmark-unique).
(function () {
  // 번호는 페이지 안 코드 블록의 순서입니다. 단추는 블록이 화면에 들어올 때 붙으므로(content.lazy) 붙는 순서와 다릅니다.
  function name(nav) {
    if (nav.hasAttribute("aria-label")) return;
    var block = nav.closest(".highlight");
    var title = block && block.querySelector(".filename");
    var index = Array.prototype.indexOf.call(document.querySelectorAll(".highlight"), block) + 1;
    nav.setAttribute("aria-label", "코드 블록 " + index + (title ? " (" + title.textContent.trim() + ")" : "") + " 도구");
  }
  // 가로로 넘치는 표와 그림은 키보드로도 스크롤할 수 있게 (axe: scrollable-region-focusable)
  function scrollable(table, index) {
    if (table.scrollWidth > table.clientWidth && !table.hasAttribute("tabindex")) {
      table.setAttribute("tabindex", "0");
      table.setAttribute("role", "region");
      table.setAttribute("aria-label", (table.tagName === "TABLE" ? "표 " : "그림 ") + (index + 1) + " (가로로 스크롤)");
    }
  }
  new MutationObserver(function () {
    document.querySelectorAll(".md-code__nav:not([aria-label])").forEach(name);
  }).observe(document.documentElement, { childList: true, subtree: true });
  function tables() { document.querySelectorAll(".md-typeset__table > table, .diagram-figure").forEach(scrollable); }
  window.addEventListener("load", tables);
  window.addEventListener("resize", tables);
})();
