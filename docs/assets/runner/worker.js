// 예제를 실행하는 Web Worker: Pyodide(브라우저용 CPython 3.14)를 불러 두고, 받은 파일 하나를 `python <이름>.py` 처럼 실행합니다.
// 페이지는 그동안 멈추지 않고, 멈춤 단추와 시간제한은 이 워커를 통째로 끝냅니다 (runner.js).
import { loadPyodide } from "../pyodide/pyodide.mjs";

const FOLDER = "/home/pyodide";
// 예제를 `python <이름>.py` 처럼: 그 폴더에서, __main__ 으로, 출력은 버퍼 없이 (harness 의 PYTHONUNBUFFERED).
// 예외는 python 이 찍는 모양 그대로 (이 감싸개의 프레임 없이). 끝나면 인터프리터가 끝날 때처럼 atexit 와 GC 를 돌립니다.
// 워커 하나가 예제 하나를 실행합니다: 다음 실행은 runner.js 가 미리 띄워 둔 새 워커(새 인터프리터)가 맡습니다.
const PRELUDE = `
import atexit, builtins, gc, io, linecache, os, sys
sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace", write_through=True)
import asyncio

def _guide_run(name, code):
    path = f"${FOLDER}/{name}"
    os.chdir("${FOLDER}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(code)
    linecache.checkcache()
    sys.argv = [name]
    sys.path.insert(0, "${FOLDER}")
    scope = {"__name__": "__main__", "__file__": path, "__builtins__": builtins, "__doc__": None,
             "__package__": None, "__spec__": None, "__loader__": None, "__cached__": None}
    status = 0
    try:
        exec(compile(code, path, "exec"), scope)
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code
        else:
            print(e.code, file=sys.stderr)
            status = 1
    except BaseException as e:
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next
        sys.excepthook(type(e), e, tb or e.__traceback__)
        status = 1
    finally:
        atexit._run_exitfuncs()
        scope.clear()
        del scope
        gc.collect()
        sys.stdout.flush()
        sys.stderr.flush()
    return status
`;
// harness.clean_paths 처럼: 예제 파일은 이름만, 표준 라이브러리는 …/ 로.
const clean = text => text.replaceAll(FOLDER + "/", "")
  .replace(/(?<=File ["'])\/lib\/python3\.\d+\//g, "…/").replace(/^\/lib\/python3\.\d+\//gm, "…/");

let pyodide, run;
const ready = (async () => {
  pyodide = await loadPyodide({ indexURL: new URL("../pyodide/", import.meta.url).href, stdin: () => null });
  const decoder = new TextDecoder();
  const write = buf => { postMessage({ type: "out", text: clean(decoder.decode(buf, { stream: true })) }); return buf.length; };
  pyodide.setStdout({ write });
  pyodide.setStderr({ write });
  pyodide.FS.mkdirTree(FOLDER);
  pyodide.runPython(PRELUDE);
  run = pyodide.globals.get("_guide_run");
  // 여기부터는 예제의 코드가 돌아갑니다: 네트워크에 닿는 길을 막습니다 (Pyodide 는 이미 다 받았습니다).
  for (const name of ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "WebTransport", "importScripts", "Worker", "SharedWorker"]) {
    for (let o = self; o; o = Object.getPrototypeOf(o)) {
      if (Object.prototype.hasOwnProperty.call(o, name)) try { delete o[name]; } catch (e) { /* 지울 수 없으면 아래에서 덮습니다 */ }
    }
    try { Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false }); } catch (e) { /* 이미 없습니다 */ }
  }
})();

ready.then(() => postMessage({ type: "ready" }), e => postMessage({ type: "failed", message: String(e) }));

onmessage = async ({ data }) => {
  if (data.type !== "run") return;
  try {
    await ready;
  } catch (e) {
    return;  // 위에서 알렸습니다
  }
  postMessage({ type: "started" });
  onmessage = null;  // 한 워커는 한 번만 실행합니다
  const start = performance.now();
  try {
    const status = await run.callPromising(data.name, data.code);
    postMessage({ type: "done", status, seconds: (performance.now() - start) / 1000 });
  } catch (e) {
    postMessage({ type: "failed", message: String(e) });
  }
};
