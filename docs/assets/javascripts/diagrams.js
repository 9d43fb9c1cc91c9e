// Mermaid 그림: 저장소에 든 사본을, 그림이 화면 가까이 올 때 한 번만 불러와 그립니다.
// 그리기 전에는 accTitle/accDescr 이 든 원문이 그대로 보이므로 글로도 읽힙니다.
(function () {
  var blocks = document.querySelectorAll("pre.diagram");
  if (!blocks.length) return;
  var src = document.currentScript.getAttribute("data-mermaid");
  var loading = null;
  function load() {
    loading = loading || new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
    return loading;
  }
  function render(pre) {
    load().then(function () {
      var dark = document.body.getAttribute("data-md-color-scheme") === "slate";
      // 어두운 테마에서도 선 위의 글자가 배경과 4.5:1 이상 대비되게 (axe: color-contrast)
      window.mermaid.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        theme: dark ? "dark" : "default",
        themeVariables: dark
          ? { edgeLabelBackground: "#2b2f3a", textColor: "#eceff4", lineColor: "#aab2c5" }
          : { edgeLabelBackground: "#ffffff" }
      });
      var box = document.createElement("div");
      box.className = "diagram-rendered";
      box.textContent = pre.textContent;
      pre.replaceWith(box);
      return window.mermaid.run({ nodes: [box] });
    });
  }
  var watcher = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        watcher.unobserve(entry.target);
        render(entry.target);
      }
    });
  }, { rootMargin: "300px" });
  blocks.forEach(function (pre) { watcher.observe(pre); });
})();
