// Material 의 bundle 보다 먼저 실행되어, 페이지를 열 때 문서 전체의 스타일을 다시 계산하게 하는 두 동작을 막습니다.
// 긴 장(요소 5000개)에서는 한 번에 휴대폰 기준 100–400 ms 씩 메인 스레드를 묶습니다 (CONTRIBUTING.md "속도").
(function () {
  var body = document.body, head = document.head;

  // 1. Material 은 팔레트를 적용할 때마다, 색이 그대로여도 body 에 data-md-color-switching 을 붙였다 뗍니다
  //    (색 전환 애니메이션을 끄려고). 붙일 때와 뗄 때 모두 문서 전체가 다시 계산됩니다.
  //    색 속성이 정말 바뀔 때만 붙입니다: 테마 단추를 누르면 지금처럼 애니메이션 없이 바뀝니다.
  var setAttribute = body.setAttribute, switching = false;
  body.setAttribute = function (name, value) {
    if (name === "data-md-color-switching") { switching = true; return; }
    if (switching && /^data-md-color-(scheme|primary|accent)$/.test(name) && body.getAttribute(name) !== String(value)) {
      switching = false;
      setAttribute.call(body, "data-md-color-switching", "");
      // 화면 밖이라 아직 그리지 않은 코드 블록(extra.css 의 content-visibility)도 애니메이션이 꺼진 지금 새 색을 받게,
      // 이 페이지에서는 모든 블록을 그립니다. 그러지 않으면 나중에 스크롤해 나타날 때 옛 색에서 바뀌며 번쩍입니다.
      document.documentElement.classList.add("draw-all");
    }
    return setAttribute.call(body, name, value);
  };
  var removeAttribute = body.removeAttribute;
  body.removeAttribute = function (name) {
    if (name === "data-md-color-switching") switching = false;
    return removeAttribute.call(body, name);
  };

  // 2. Material 은 <meta name="color-scheme"> 를 새로 넣고 내용을 채웁니다. 넣을 때와 채울 때마다 문서 전체가
  //    다시 계산됩니다. 같은 일(html 요소의 색 구성표를 팔레트에 맞추기)은 extra.css 의 :root:has(...) 가 합니다.
  var appendChild = head.appendChild;
  head.appendChild = function (node) {
    if (node.nodeName === "META" && node.getAttribute("name") === "color-scheme") return node;
    return appendChild.call(head, node);
  };
})();
