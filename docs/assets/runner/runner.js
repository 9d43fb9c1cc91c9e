// 실행 단추를 누르면 불러옵니다 (run.js): 코드 아래에 패널을 열고, Web Worker(worker.js)의 Pyodide 로 예제를 실행해
// 출력을 흘려 보여 준 뒤, 페이지의 출력(파이썬 3.14 탭)과 테스트와 같은 규칙(compare.js)으로 비교합니다.
import { compare } from "./compare.js";

const LIMIT = 30;  // 초: 끝나지 않는 코드는 워커를 끝내 멈춥니다
// 예제 하나에 워커(새 인터프리터) 하나: 실행이 끝나면 그 워커를 끝내고, 다음 실행을 위해 새 워커를 미리 띄워 둡니다.
let worker = null, spare = null, current = null, opts = null;
const spawn = () => {
  const w = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
  w.onmessage = ({ data }) => { if (data.type === "ready") w.ready = true; if (data.type === "failed" && spare === w) { w.terminate(); spare = null; } };
  return w;
};

function element(tag, props, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  for (const c of children) el.append(c);
  return el;
}
const button = (text, onclick) => element("button", { type: "button", className: "md-button run-panel__button", textContent: text, onclick });

// 페이지에 보이는 출력: 코드 바로 다음의 "출력" 블록, 버전 탭이면 파이썬 3.14 탭 (harness 의 expected_path((3, 14)) 와 같은 파일)
function shownOutput(block) {
  let next = block.nextElementSibling;
  while (next && next.matches(".run-note, .run-panel")) next = next.nextElementSibling;
  if (!next) return null;
  const text = hl => { const c = hl && hl.querySelector("code"); return c ? c.textContent : null; };
  if (next.matches(".highlight") && next.querySelector(".filename")?.textContent.trim() === "출력") return text(next);
  if (next.matches(".tabbed-set")) {
    const labels = [...next.querySelectorAll(":scope > .tabbed-labels > label")].map(l => l.textContent.trim());
    const blocks = next.querySelectorAll(":scope > .tabbed-content > .tabbed-block");
    const k = labels.indexOf("3.14");
    if (k >= 0 && next.querySelector(".filename")?.textContent.trim() === "출력") return text(blocks[k].querySelector(".highlight"));
  }
  return null;
}

function codeOf(block) {
  const code = block.querySelector("pre > code").cloneNode(true);
  code.querySelectorAll(".md-annotation, .md-annotation__index").forEach(a => a.remove());
  return code.textContent;
}

function stopWorker() {
  if (worker) worker.terminate();
  worker = null;
  if (!spare) spare = spawn();
}

function finish(p, verdict, text) {
  if (current !== p) return;
  clearTimeout(p.timer);
  current = null;
  p.panel.dataset.verdict = verdict;
  p.status.textContent = text;
  p.stop.disabled = true;
  p.run.disabled = false;
}

function start(p) {
  if (current) { const other = current; stopWorker(); finish(other, "stopped", "다른 예제를 실행하려고 멈췄습니다."); }
  const name = p.block.dataset.run.split("/").pop();
  const code = p.textarea ? p.textarea.value : codeOf(p.block);
  const expected = shownOutput(p.block);
  const clicked = performance.now();
  let first = null, output = "";
  p.out.textContent = "";
  delete p.panel.dataset.verdict;
  delete p.panel.dataset.firstOutputMs;
  p.stop.disabled = false;
  p.run.disabled = true;
  worker = spare || spawn();
  spare = null;
  const cold = !worker.ready;
  p.status.textContent = cold ? `파이썬 3.14(Pyodide)를 준비하는 중… (처음에는 약 ${opts.size} MB를 받습니다)` : "실행 중…";
  current = p;
  const mine = worker;
  worker.onerror = e => { if (current === p && mine === worker) { stopWorker(); finish(p, "failed", `파이썬을 불러오지 못했습니다: ${e.message || "알 수 없는 오류"}`); } };
  worker.onmessage = ({ data }) => {
    if (current !== p || mine !== worker) return;
    if (data.type === "started") {
      try { localStorage.setItem("guide-pyodide", "1"); } catch (e) { /* 저장소를 못 쓰면 다음에 크기를 또 알립니다 */ }
      window.__guideRunner = true;
      if (!spare) spare = spawn();  // 다음 실행의 새 인터프리터를 이 예제가 도는 동안 미리 준비합니다
      document.querySelectorAll(".run-button").forEach(b => { b.title = "브라우저의 파이썬 3.14로 실행"; b.setAttribute("aria-label", b.title); });
      p.status.textContent = "실행 중…";
    } else if (data.type === "out") {
      if (first === null) { first = performance.now() - clicked; p.panel.dataset.firstOutputMs = String(Math.round(first)); p.panel.dataset.cold = String(cold); }
      output += data.text;
      p.out.append(data.text);
    } else if (data.type === "done") {
      const seconds = data.seconds.toFixed(1);
      const exit = data.status ? ` 종료 코드 ${data.status}.` : "";
      if (p.textarea) {
        stopWorker();
        finish(p, "edited", `고친 코드를 ${seconds}초 동안 실행했습니다.${exit}`);
      } else if (expected === null) {
        stopWorker();
        finish(p, "done", `${seconds}초 동안 실행했습니다.${exit}`);
      } else {
        const diff = compare(expected, output);
        stopWorker();
        finish(p, diff ? "differs" : "match", diff
          ? `페이지의 출력과 다릅니다 (${seconds}초).${exit} ${diff}`
          : `페이지의 출력과 같습니다 (파이썬 3.14 탭, 걸린 시간은 허용 범위 안, ${seconds}초).${exit}`);
      }
    } else if (data.type === "failed") {
      stopWorker();
      finish(p, "failed", `실행하지 못했습니다: ${data.message}`);
    }
  };
  p.timer = setTimeout(() => {
    if (current !== p) return;
    stopWorker();
    finish(p, "timeout", `${LIMIT}초 안에 끝나지 않아 멈췄습니다.`);
  }, LIMIT * 1000 + (cold ? 15000 : 0));
  worker.postMessage({ type: "run", name, code });
}

function toggleEdit(p) {
  const pre = p.block.querySelector("pre");
  if (p.textarea) {
    p.textarea.remove();
    p.textarea = null;
    pre.style.display = "";
    p.edit.textContent = "고쳐서 실행";
    p.run.textContent = "다시 실행";
    p.edit.focus();
    return;
  }
  const lines = codeOf(p.block).split("\n").length;
  p.textarea = element("textarea", {
    className: "run-editor", value: codeOf(p.block), spellcheck: false, rows: Math.min(lines, 30),
    autocapitalize: "off", autocomplete: "off",
  });
  p.textarea.setAttribute("aria-label", `${p.block.dataset.run.split("/").pop()} 고치기`);
  p.textarea.setAttribute("autocorrect", "off");
  pre.style.display = "none";
  pre.after(p.textarea);
  p.edit.textContent = "되돌리기";
  p.run.textContent = "고친 코드 실행";
  p.textarea.focus();
}

export function open(block, options) {
  opts = options;
  let p = block.__runPanel;
  if (!p) {
    const name = block.dataset.run.split("/").pop();
    p = { block };
    p.run = button("다시 실행", () => start(p));
    p.edit = button("고쳐서 실행", () => toggleEdit(p));
    p.stop = button("멈춤", () => { stopWorker(); finish(p, "stopped", "멈췄습니다."); });
    const close = button("닫기", () => {
      if (current === p) { stopWorker(); finish(p, "stopped", "멈췄습니다."); }
      if (p.textarea) toggleEdit(p);
      p.panel.remove();
      block.__runPanel = null;
      block.querySelector(".run-button")?.focus();
    });
    p.out = element("pre", { className: "run-output", tabIndex: 0 });
    p.out.setAttribute("role", "log");
    p.out.setAttribute("aria-live", "polite");
    p.out.setAttribute("aria-label", `${name} 실행 출력`);
    p.status = element("p", { className: "run-status" });
    p.status.setAttribute("role", "status");
    p.panel = element("section", { className: "run-panel" },
      element("div", { className: "run-panel__bar" }, p.run, p.edit, p.stop, close), p.out, p.status);
    p.panel.setAttribute("aria-label", `${name} 실행`);
    p.panel.setAttribute("data-search-exclude", "");
    block.after(p.panel);
    block.__runPanel = p;
  }
  if (!opts.jspi) {
    p.run.disabled = p.edit.disabled = p.stop.disabled = true;
    p.panel.dataset.verdict = "nojspi";
    p.status.textContent = "이 브라우저는 WebAssembly 스택 전환(JSPI)을 지원하지 않아 asyncio.run()을 실행할 수 없습니다. "
      + "JSPI를 지원하는 브라우저(예: 크롬·엣지 137 이상)에서 열거나 내 컴퓨터에서 실행하세요.";
    return;
  }
  start(p);
}
