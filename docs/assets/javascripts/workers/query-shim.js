// 검색 워커 앞에 서서, 독자가 친 말을 색인의 말로 다듬은 뒤 Material 의 검색 워커에 넘깁니다.
// lazy-search.js 가 Material 의 워커(같은 폴더) 대신 이 파일을 띄우고, 원래 워커의 주소를 ?material= 로 알려 줍니다.
// 하는 일 (모두 검색어에만, 색인과 페이지는 그대로):
//   - 낱말 끝의 조사를 뗍니다: "코루틴이" → "코루틴", "gather랑" → "gather" (색인에 있는 낱말이 될 때만)
//   - 붙여 쓴 말을 색인의 낱말로 나눕니다: "코루틴함수" → "코루틴 함수"
//   - 함께 친 낱말이 한 주제의 이름이면("async for") 그 주제의 집(home)을 한 낱말("async_for")로도 찾습니다
//   - "asyncio.gather()" 의 "asyncio." 와 "()" 를 뗍니다: API 이름은 어느 쪽으로 쳐도 같은 곳을 찾습니다
//   - 물음말("뭔가요", "어떻게", "하는 법")과 어느 페이지에도 없는 말("빨라지나요")은 뺍니다: 순위를 흔들거나 결과를 비우지 않게
//   - 맨 앞의 "-" 는 빼기 연산자가 아니라 글자로 봅니다: "-X dev"
//   - 색인에 있는 온전한 낱말은 그대로 찾고(def), 덜 친 낱말만 앞부분으로 찾습니다(defa → default)
(function () {
  var material = new URL(self.location.href).searchParams.get("material");
  var SETUP = 0, QUERY = 2;  // Material 의 SearchMessageType
  var PARTICLES = ["에서는", "으로는", "이라도", "에서", "으로", "이랑", "하고", "에는", "부터", "까지", "처럼", "보다",
                   "이면", "이나", "라도", "이든", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과",
                   "도", "만", "랑", "면", "나", "든"];
  // "취소하는", "실행하려면": a noun made into a verb; the noun is what the pages say
  var VERB_ENDINGS = ["하려면", "하는", "하면", "하기", "하고", "하나요", "해요", "했나요", "할", "한", "하",
                      "되나요", "되는", "돼요", "시키기", "시키는"];
  var MEANING = new Set(["뜻", "의미", "정의", "meaning"]);
  var NOISE = new Set(["뭔가요", "뭐예요", "뭐에요", "뭔지", "무엇인가요", "무엇", "뭐", "어떻게", "왜", "언제",
                       "하는", "하나요", "하면", "해요", "되나요", "돼요", "되요", "되는", "안", "법", "방법", "사용법",
                       "쓰는", "쓰면", "써요", "쓰나요", "걸어요", "거나", "것", "일", "건가요", "인가요", "있나요",
                       "차이", "차이점", "뜻", "의미", "정의", "알려", "주세요", "좀"]);
  var vocabulary = null, separator = /\s+/;

  function learn(index) {
    separator = new RegExp(index.config.separator, "g");
    vocabulary = new Set();
    index.docs.forEach(function (doc) {
      var text = [doc.title, doc.text, doc.also, doc.home].join(" ").replace(/<[^>]+>/g, " ").toLowerCase();
      text.split(separator).forEach(function (word) {
        if (word) vocabulary.add(word.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, ""));
      });
    });
  }

  function known(word) {
    return vocabulary === null || vocabulary.has(word.toLowerCase());
  }

  function begins(word) {
    var lower = word.toLowerCase();
    if (vocabulary === null || !/^[\p{L}\p{N}_]+$/u.test(lower)) return true;
    for (var w of vocabulary) if (w.startsWith(lower)) return true;
    return false;
  }

  function stem(word) {
    if (known(word)) return word;
    var endings = PARTICLES.concat(VERB_ENDINGS);
    for (var i = 0; i < endings.length; i++) {
      var p = endings[i];
      if (word.length > p.length + 1 && word.endsWith(p) && known(word.slice(0, -p.length)))
        return word.slice(0, -p.length);
    }
    return word;
  }

  // A compound typed without its space: "코루틴함수" → "코루틴 함수", "쓰레드풀" → "쓰레드 풀"
  function segment(word) {
    var lower = word.toLowerCase();
    for (var i = lower.length - 1; i >= 2; i--) {
      var head = lower.slice(0, i), tail = lower.slice(i);
      if (!known(head)) continue;
      if (known(tail)) return [head, tail];
      var rest = segment(tail);
      if (rest) return [head].concat(rest);
    }
    return null;
  }

  function split(word) {
    if (vocabulary === null || known(word) || begins(word) || !/^[\p{L}\p{N}_]+$/u.test(word)) return [word];
    return segment(word) || [word];
  }

  function rewrite(query) {
    var words = query
      .replace(/\basyncio\.(?=\w)/g, "asyncio ")  // asyncio.gather → asyncio gather
      .replace(/\(\)/g, "")                    // gather() → gather
      .replace(/(^|\s)-(?=\S)/g, "$1")         // -X → X
      .toLowerCase().split(separator).filter(function (w) { return w && PARTICLES.indexOf(w) < 0; })
      .map(stem)
      .reduce(function (all, w) { return all.concat(split(w)); }, []);
    // Question words go, and so do words no page has, not even as the start of a word
    // ("빨라지나요"): they cannot match, and alone they would leave the result empty.
    var kept = words.filter(function (w) { return !NOISE.has(w) && (known(w) || begins(w)); });
    if (!kept.length) kept = words;
    // "퓨처 뜻": a reader asking what a word means is also looking for the glossary
    if (words.some(function (w) { return MEANING.has(w); })) kept = kept.concat(["용어집"]);
    // Words typed together that name a topic ("async for", "이벤트 루프") also look for the
    // topic's home as one token ("async_for"), which hooks/search_terms.py put in the index.
    var phrases = [];
    for (var i = 0; i < kept.length; i++)
      for (var n = Math.min(10, kept.length - i); n >= 2; n--) {
        var joined = kept.slice(i, i + n).join("_");
        if (vocabulary !== null && vocabulary.has(joined)) { phrases.push(joined); break; }
      }
    // "asyncio" is on every page and in the home page's title: with other words it only adds noise.
    var rest = kept.filter(function (w) { return w !== "asyncio"; });
    if (rest.length) kept = rest;
    // A whole word of the index is looked up as it is ("def^1"); Material adds a wildcard to
    // the rest ("def*" would also match "default"), which still finds a word half typed.
    return phrases.concat(kept).map(function (w) {
      return vocabulary !== null && /^[\p{L}\p{N}_]+$/u.test(w) && known(w) ? w + "^1" : w;
    }).join(" ");
  }

  self.addEventListener("message", function (event) {
    var message = event.data;
    if (message && message.type === SETUP) learn(message.data);
    if (message && message.type === QUERY && typeof message.data === "string") message.data = rewrite(message.data);
  });
  importScripts(material);
})();
