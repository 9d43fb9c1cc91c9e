// 검색 색인(search_index.json, 약 1 MB)을 페이지를 열 때가 아니라 독자가 검색을 시작할 때 받습니다.
// Material 은 페이지를 열자마자 XMLHttpRequest 로 색인을 받아 메인 스레드에서 JSON 으로 풉니다.
// 이 파일은 Material 의 bundle 보다 먼저 실행되어, 그 요청의 send() 만 검색할 때까지 미룹니다.
(function () {
  var start;
  var wanted = new Promise(function (resolve) { start = resolve; });
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.lazySearchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.lazySearchIndex) return send.apply(xhr, args);
    wanted.then(function () { send.apply(xhr, args); });
  };
  function searching(event) {
    var target = event.target;
    if (target && target.closest && target.closest("form[name=search], label[for=__search]")) start();
  }
  document.addEventListener("focusin", searching);
  document.addEventListener("pointerdown", searching);
  document.addEventListener("keydown", function (event) {  // Material 의 검색 단축키 f, s, /
    if (/^[fs/]$/i.test(event.key)) start();
  });
  // 검색 워커는 workers/query-shim.js 를 거쳐 띄웁니다: 독자가 친 말(조사, asyncio. 접두어, 물음말)을 색인의 말로 다듬습니다.
  var shim = document.currentScript.src.replace(/lazy-search\.js(\?.*)?$/, "workers/query-shim.js");
  var NativeWorker = window.Worker;
  window.Worker = function (url, options) {
    var target = new URL(String(url), location.href);
    if (/\/workers\/search\.[^/]*\.js$/.test(target.pathname))
      return new NativeWorker(shim + "?material=" + encodeURIComponent(target.href), options);
    return new NativeWorker(url, options);
  };
  // 검색 결과에서 들어온 페이지(?h=낱말)는 검색어를 강조하려고 바로 색인이 필요합니다.
  if (/[?&]h=/.test(location.search)) start();
})();
