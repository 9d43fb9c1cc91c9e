"""The one harness behind every snippet of the guide.

A snippet is `snippets/<chapter>/<name>.py`, a complete program. What it prints
is kept beside it in `<name>.out`, captured from a real run by

    python scripts/harness.py update [PATH ...]      (make outputs)

and the tests run it again on every supported Python and compare.

Optional settings live in the snippet's PEP 723 block, which `uv run` and
pipx understand too:

    # /// script
    # requires-python = ">=3.13"     older Pythons skip it, with the reason
    # dependencies = ["httpx"]       what a reader must install
    # [tool.guide]
    # timeout = 60                   seconds before it counts as hung (default 20)
    # exclusive = true               CPU-heavy: run alone so timings hold (services imply it)
    # expect-error = true            the lesson is the traceback it ends with
    # services = ["postgresql"]      a server it talks to (scripts/postgres.py):
    #                                DATABASE_URL names an empty database of its own
    # ///

A page that includes `<name>.svg` under the output gets a timeline of the real
run (scripts/timeline.py): `make outputs` draws it, the tests redraw and compare.

A behaviour that differs by version gets its own output file: `<name>.3.12.out`
is used on 3.12 and newer (up to the next such file), `<name>.out` below that.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import dataclasses
import difflib
import glob
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
VENVS = ROOT / ".venvs"
PYTHONS = ROOT / ".pythons"  # CPythons that scripts/debian-pythons.sh fetched
SNIPPET_LOCK = ROOT / "requirements" / "snippets.txt"
DEFAULT_TIMEOUT = 20.0
SUPPORTED = (3, 11)  # the oldest Python the guide teaches
# Every version the guide promises. `make test` must find each one (CI fails without).
PROMISED = [(3, 11), (3, 12), (3, 13), (3, 14), (3, 15)]

PEP723 = re.compile(
    r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$"
)
# Output that is on purpose a diagnostic: such a snippet is checked as a reader
# runs it (plain `python`), because `-W error` would turn the lesson into an error.
DIAGNOSTIC = re.compile(
    r"Warning: |Executing <|Task was destroyed|Task exception was never retrieved"
    r"|^Exception ignored",
    re.M,
)
# In `-X dev` asyncio logs any step slower than 0.1 s. On a busy test machine that
# is load, not a bug, so strict runs drop these lines (snippets that teach the
# message turn debug mode on themselves and are checked in plain mode).
SLOW_STEP = re.compile(r"(?m)^.*Executing <.*> took \d+\.\d+ seconds\n")
ELAPSED = re.compile(r"(\d+\.\d+)(?=\s*(?:초|seconds?\b))")
# A measured speed-up such as `1.8배`: machines differ, so only its side of 1 and its rough size are promised.
RATIO = re.compile(r"(\d+\.\d+)(?=배)")
ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")
CLOCK = re.compile(r"\b\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\b")
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# Line numbers inside the standard library move between patch releases.
STDLIB_LINE = re.compile(r"""(File ["']…/[^"']+["'], line )\d+""")


SERVICES = {"postgresql"}  # servers a snippet may ask for in `services = [...]`

RUN_SECONDS: list[float] = []  # every snippet run's wall time, for the test summary


class SnippetError(Exception):
    """A problem with a snippet itself, worded for the contributor who can fix it."""


# --- snippets ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Snippet:
    path: Path

    @property
    def rel(self) -> str:
        return self.path.relative_to(SNIPPETS).as_posix()

    @property
    def shown(self) -> str:
        return self.path.relative_to(ROOT).as_posix()

    @property
    def meta(self) -> dict:
        return read_metadata(self.path)

    @property
    def guide(self) -> dict:
        return self.meta.get("tool", {}).get("guide", {})

    @property
    def requires(self) -> tuple[int, int]:
        spec = self.meta.get("requires-python", "")
        m = re.fullmatch(r"\s*>=\s*3\.(\d+)\s*", spec)
        if spec and not m:
            raise SnippetError(
                f'{self.shown}: requires-python = "{spec}" 는 읽을 수 없습니다. '
                f'">=3.12" 처럼 최소 버전 하나만 적으세요.'
            )
        return (3, int(m.group(1))) if m else SUPPORTED

    @property
    def services(self) -> list[str]:
        wanted = self.guide.get("services", [])
        unknown = [s for s in wanted if s not in SERVICES] if isinstance(wanted, list) else [wanted]
        if unknown:
            raise SnippetError(f'{self.shown}: services 의 {unknown} 는 없는 서비스입니다. '
                               f'services = ["postgresql"] 처럼 {sorted(SERVICES)} 가운데서 적으세요.')
        return wanted

    @property
    def alone(self) -> bool:
        """Run after the others, one at a time: CPU-heavy (`exclusive`), or it starts server
        processes (`services`) whose start-up would slow the timed snippets running beside it."""
        return bool(self.guide.get("exclusive")) or bool(self.services)

    @property
    def timeout(self) -> float:
        return float(self.guide.get("timeout", DEFAULT_TIMEOUT))

    def outputs(self, suffix: str = ".out") -> dict[tuple[int, int], Path]:
        """Expected-output files (or timelines, suffix ".svg") by the first version they apply to."""
        found = {}
        for out in self.path.parent.glob(self.path.stem + ".*" + suffix[1:]):
            rest = out.name[len(self.path.stem) :]
            if rest == suffix:
                found[self.requires] = out
            elif m := re.fullmatch(r"\.3\.(\d+)" + re.escape(suffix), rest):
                found[(3, int(m.group(1)))] = out
        return found

    def timelines(self) -> dict[tuple[int, int], Path]:
        return self.outputs(".svg")

    def expected_path(self, version: tuple[int, int], suffix: str = ".out") -> Path:
        """The output file (or timeline) that applies to `version` (it may not exist yet)."""
        files = self.outputs(suffix)
        usable = [v for v in files if v <= version]
        if usable:
            return files[max(usable)]
        return self.path.with_suffix(suffix)


def read_metadata(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    blocks = [m for m in PEP723.finditer(text) if m.group("type") == "script"]
    if not blocks:
        return {}
    body = "".join(
        line[2:] if line.startswith("# ") else line[1:]
        for line in blocks[0].group("content").splitlines(keepends=True)
    )
    try:
        return tomllib.loads(body)
    except tomllib.TOMLDecodeError as err:
        line = text[: blocks[0].start()].count("\n") + 1
        raise SnippetError(
            f"{path.relative_to(ROOT)}:{line}: `# /// script` 블록의 TOML 이 틀렸습니다 ({err})."
        ) from err


def find_snippets(paths: list[str] | None = None) -> list[Snippet]:
    if paths:
        files: list[Path] = []
        for p in paths:
            p = Path(p).resolve()
            files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    else:
        files = sorted(SNIPPETS.rglob("*.py"))
    return [Snippet(f) for f in files if "__pycache__" not in f.parts]


# --- interpreters -----------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Interpreter:
    base: Path  # the CPython it was made from
    version: tuple[int, int]
    full: str  # e.g. 3.12.1

    @property
    def venv(self) -> Path:
        return VENVS / f"{self.version[0]}.{self.version[1]}"

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def label(self) -> str:
        return f"py{self.version[0]}.{self.version[1]}"


def _probe(exe: str) -> Interpreter | None:
    try:
        out = subprocess.run(
            [exe, "-c", "import sys;print(sys.version_info[:3], sys.implementation.name)"],
            capture_output=True, text=True, timeout=20,
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.match(r"\((\d+), (\d+), (\d+)\) cpython", out)
    if not m:
        return None
    major, minor, micro = map(int, m.groups())
    return Interpreter(Path(exe), (major, minor), f"{major}.{minor}.{micro}")


def discover() -> list[Interpreter]:
    """Every CPython 3.11+ on this machine, newest patch release of each.

    GUIDE_PYTHONS (space-separated commands) overrides the search; CI's matrix
    sets it to the one Python of the job.
    """
    if os.environ.get("GUIDE_PYTHONS"):
        candidates = os.environ["GUIDE_PYTHONS"].split()
    else:
        candidates = [sys.executable]
        candidates += [f"python3.{m}" for m in range(SUPPORTED[1], 30)]
        candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3")))
        candidates += sorted(glob.glob(str(PYTHONS / "*" / "usr" / "bin" / "python3.*[0-9]")))
    every: dict[tuple[int, int], dict[str, Interpreter]] = {}
    for c in candidates:
        exe = c if os.sep in c else shutil.which(c)
        if not exe or not os.path.exists(exe):
            continue
        exe = str(Path(exe).resolve())  # a venv's python leads back to its base
        found = _probe(exe)
        if not found or found.version < SUPPORTED:
            continue
        every.setdefault(found.version, {})[exe] = found

    def can_make_venv(i: Interpreter) -> bool:
        stamp = i.venv / "lock.sha256"
        if i.python.exists() and stamp.exists() and stamp.read_text().endswith(" " + i.full):
            return True  # made before: no need to ask again
        if list(i.base.parent.parent.glob("share/python-wheels/pip-*.whl")):
            return True  # ensure_venv brings pip from this wheel
        return subprocess.run([str(i.base), "-c", "import ensurepip, venv"], capture_output=True).returncode == 0

    key = lambda i: tuple(map(int, i.full.split(".")))
    best: list[Interpreter] = []
    for version in sorted(every):
        for interp in sorted(every[version].values(), key=key, reverse=True):
            if can_make_venv(interp):
                best.append(interp)
                break
            print(f"건너뜀: 파이썬 {interp.full} ({interp.base}) 에는 venv 지원(ensurepip)이 없습니다. "
                  f"데비안·우분투라면 sudo apt-get install python{version[0]}.{version[1]}-venv", file=sys.stderr)
    return best


def missing(interps: list[Interpreter]) -> list[str]:
    """The promised versions this run cannot check ("3.14", ...); none when GUIDE_PYTHONS picks."""
    if os.environ.get("GUIDE_PYTHONS"):
        return []
    have = {i.version for i in interps}
    return [f"{v[0]}.{v[1]}" for v in PROMISED if v not in have]


def ensure_venv(interp: Interpreter) -> None:
    """Make `.venvs/3.X` with the snippets' locked dependencies, once."""
    stamp = interp.venv / "lock.sha256"
    want = hashlib.sha256(SNIPPET_LOCK.read_bytes()).hexdigest() + " " + interp.full
    if stamp.exists() and stamp.read_text() == want and interp.python.exists():
        return
    if VENVS.is_symlink():  # a scratch copy shares the real venvs: never remake them from here
        raise SnippetError(f"{interp.venv} 이 파이썬 {interp.full} 과 맞지 않습니다. 원래 저장소에서 make pythons 를 먼저 실행하세요.")
    print(f"설치: {interp.venv.relative_to(ROOT)} (파이썬 {interp.full})", flush=True)
    shutil.rmtree(interp.venv, ignore_errors=True)
    # Debian's ensurepip looks for pip at /usr/share/python-wheels, which on another
    # system is absent or old; a Python fetched into .pythons/ brings its own wheel.
    wheels = sorted(interp.base.parent.parent.glob("share/python-wheels/pip-*.whl"))
    if wheels:
        subprocess.run([str(interp.base), "-m", "venv", "--without-pip", str(interp.venv)], check=True)
        subprocess.run([str(interp.python), f"{wheels[-1]}/pip", "install", "--quiet",
                        "--disable-pip-version-check", str(wheels[-1])], check=True)
    else:
        made = subprocess.run([str(interp.base), "-m", "venv", str(interp.venv)], capture_output=True, text=True)
        if made.returncode != 0:
            shutil.rmtree(interp.venv, ignore_errors=True)
            raise SnippetError(
                f"파이썬 {interp.full} ({interp.base}) 로 venv 를 만들지 못했습니다. 데비안·우분투라면 "
                f"sudo apt-get install python{interp.version[0]}.{interp.version[1]}-venv\n{made.stderr.strip()}")
    subprocess.run(
        [str(interp.python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--require-hashes", "-r", str(SNIPPET_LOCK)],
        check=True,
    )
    stamp.write_text(want)


# --- running ----------------------------------------------------------------


@dataclasses.dataclass
class Run:
    output: str
    returncode: int | None  # None: killed after the timeout
    seconds: float
    leftover: list[str]  # command lines of the processes it left running
    strict: bool


def strict_mode(snippet: Snippet, version: tuple[int, int]) -> bool:
    """Run with `-X dev -W error` unless the expected output shows a diagnostic."""
    expected = snippet.expected_path(version)
    return not (expected.exists() and DIAGNOSTIC.search(expected.read_text(encoding="utf-8")))


# Read once, at import: snippets run in worker threads while pytest sets and deletes
# PYTEST_CURRENT_TEST, and iterating os.environ during a delete raises KeyError.
SNIPPET_ENV = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST_"))}
SNIPPET_ENV.update(PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
                   COLUMNS="80", NO_COLOR="1", TZ="Asia/Seoul")


def missing_service(snippet: Snippet) -> str | None:
    """Why this snippet cannot run here (a server it needs is not installed), or None."""
    if "postgresql" in snippet.services:
        import postgres

        if not postgres.available():
            return f"{snippet.shown}: {postgres.INSTALL}"
    return None


@contextlib.contextmanager
def service_env(snippet: Snippet):
    """The environment for one run: with `services = ["postgresql"]`, a fresh database's DATABASE_URL."""
    if "postgresql" in snippet.services:
        import postgres

        if problem := missing_service(snippet):
            raise SnippetError(problem)
        with postgres.server().database() as url:
            yield {**SNIPPET_ENV, "DATABASE_URL": url}
    else:
        yield SNIPPET_ENV


def run(snippet: Snippet, python: Path, strict: bool = True, source: Path | None = None) -> Run:
    """Run one snippet in its own process group, as `python <file>` from its folder."""
    with service_env(snippet) as env:
        return run_with_env(snippet, python, strict, source or snippet.path, env)


def run_with_env(snippet: Snippet, python: Path, strict: bool, path: Path, env: dict[str, str]) -> Run:
    flags = ["-X", "dev", "-W", "error"] if strict else []
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(python), *flags, path.name], cwd=path.parent, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    # Read in a thread: a process the snippet left behind may hold the pipe open after it ends.
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()), daemon=True)
    reader.start()
    try:
        code: int | None = proc.wait(timeout=snippet.timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid)
        proc.wait()
        code = None
    seconds = time.perf_counter() - start
    RUN_SECONDS.append(seconds)
    leftover = left_running(proc.pid)  # kills what is left, which closes the pipe
    reader.join()
    proc.stdout.close()
    text = b"".join(chunks).decode("utf-8", errors="replace")
    return Run(clean_paths(text, path.parent), code, seconds, leftover, strict)


def _kill_group(pgid: int) -> bool:
    """Kill what is left of a process group; True if anything was left."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def _group(pgid: int) -> list[tuple[str, str]] | None:
    """(state, command line) of each process in the group, from /proc; None without /proc."""
    if not os.path.isdir("/proc/self"):
        return None
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[2]) != pgid:
                continue
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, ValueError, IndexError):
            continue
        found.append((fields[0], cmd.strip() or stat[stat.index("(") + 1 : stat.rindex(")")]))
    return found


def left_running(pgid: int, grace: float = 1.0) -> list[str]:
    """What the program left running after it ended; kills it.

    multiprocessing's helpers (the forkserver that 3.14 uses by default on Linux, and the
    resource tracker) end by themselves when the program does, within about 0.1 s here;
    a server or a subprocess that nobody closed is still running after `grace` seconds.
    Zombies are ended processes waiting for the container's init to reap them."""
    deadline = time.monotonic() + grace
    while (members := _group(pgid)) is not None:
        running = [cmd for state, cmd in members if state not in ("Z", "X")]
        if not running or time.monotonic() > deadline:
            _kill_group(pgid)
            return running
        time.sleep(0.02)
    return ["(프로세스 그룹)"] if _kill_group(pgid) else []


def clean_paths(text: str, folder: Path) -> str:
    """Paths differ per machine: show the snippet's own file by its name, others as `…/`."""
    text = text.replace(str(folder) + os.sep, "")
    # The standard library: `…/asyncio/events.py`, the same on every version and machine.
    text = re.sub(r"""(?<=File ["'])/[^"']*?/lib/python3\.\d+/""", "…/", text)
    text = re.sub(r"(?m)^/[^\s:]*?/lib/python3\.\d+/", "…/", text)
    return text


def without_section_marks(text: str) -> str:
    """pymdownx.snippets drops `# --8<-- [start:x]` lines when it includes a whole file."""
    return re.sub(r"(?m)^[ \t]*#\s*-{1,}8<-{1,}\s*\[(start|end):[^\]]*\][ \t]*\n", "", text)


# --- comparing --------------------------------------------------------------


def normalise(text: str) -> tuple[str, list[float]]:
    """Blank out what cannot be stable; keep elapsed times aside to compare loosely."""
    numbers = [float(x) for x in ELAPSED.findall(text)]
    text = ELAPSED.sub("<초>", text)
    ratios = [float(x) for x in RATIO.findall(text)]
    text = RATIO.sub("<배>", text)
    text = ADDRESS.sub("0x…", text)
    text = CLOCK.sub("<시각>", text)
    text = DATE.sub("<날짜>", text)
    text = STDLIB_LINE.sub(r"\1<줄>", text)
    return text.rstrip("\n") + "\n", numbers, ratios


def close_enough(expected: float, actual: float) -> bool:
    """`1.0초` accepts 0.9–1.3 s: a busy machine is only ever slower."""
    return expected - 0.1 - 1e-9 <= actual <= expected + max(0.3, 0.25 * expected) + 1e-9


def similar_ratio(expected: float, actual: float) -> bool:
    """`2.0배` accepts 1.0–4.0: the same side of 1 (faster stays faster), within a factor of 2."""
    same_side = (expected > 1) == (actual > 1) or expected == actual == 1
    return same_side and expected / 2 <= actual <= expected * 2


def compare(expected: str, actual: str) -> str | None:
    """None when they match; otherwise a short explanation and a diff."""
    exp_text, exp_nums, exp_ratios = normalise(expected)
    act_text, act_nums, act_ratios = normalise(actual)
    if exp_text != act_text:
        diff = difflib.unified_diff(
            exp_text.splitlines(), act_text.splitlines(), "기대한 출력", "실제 출력", lineterm="", n=2
        )
        return "\n".join(diff)
    for e, a in zip(exp_nums, act_nums):
        if not close_enough(e, a):
            return f"걸린 시간이 허용 범위를 벗어났습니다: 기대 {e}초, 실제 {a}초"
    for e, a in zip(exp_ratios, act_ratios):
        if not similar_ratio(e, a):
            return f"잰 배율이 허용 범위(1을 넘는지가 같고, 절반–두 배)를 벗어났습니다: 기대 {e}배, 실제 {a}배"
    return None


def same_apart_from_timing(a: str, b: str) -> bool:
    (ta, na, ra), (tb, nb, rb) = normalise(a), normalise(b)
    return ta == tb and all(similar_ratio(x, y) for x, y in zip(ra, rb)) and all(abs(x - y) <= max(0.3, 0.25 * min(x, y)) + 1e-9 for x, y in zip(na, nb))


def check(snippet: Snippet, interp: Interpreter) -> str | None:
    """Run `snippet` on `interp` and explain what is wrong, or return None."""
    expected_path = snippet.expected_path(interp.version)
    fix = f"make outputs ONLY={snippet.shown}"
    if not expected_path.exists():
        return (f"{snippet.shown}: 기대 출력 파일 {expected_path.relative_to(ROOT)} 이 없습니다. "
                f"실제 실행으로 만드세요: {fix}")
    strict = strict_mode(snippet, interp.version)
    result = run(snippet, interp.python, strict=strict)
    return explain(snippet, result, expected_path.read_text(encoding="utf-8"), fix)


def explain(snippet: Snippet, result: Run, expected: str, fix: str) -> str | None:
    where = snippet.shown
    if result.strict:
        result = dataclasses.replace(result, output=SLOW_STEP.sub("", result.output))
    tail = "\n".join(result.output.rstrip().splitlines()[-15:])
    if result.returncode is None:
        return (f"{where}: {snippet.timeout:g}초 안에 끝나지 않았습니다 (멈춘 것 같습니다). "
                f"끝나지 않는 루프나 기다림이 없는지 보세요. 더 오래 걸려야 한다면 "
                f"`# [tool.guide]` 에 timeout 을 적으세요.\n마지막 출력:\n{tail}")
    if result.leftover:
        left = "\n".join(f"  {cmd[:200]}" for cmd in result.leftover)
        return (f"{where}: 끝난 뒤에도 프로세스가 남아 실행 중이었습니다. 서브 프로세스와 서버를 "
                f"프로그램이 끝나기 전에 닫으세요 (`await proc.wait()`, `server.close()`).\n남은 프로세스:\n{left}")
    if result.returncode != 0 and not snippet.guide.get("expect-error"):
        return (f"{where}: 예외로 끝났습니다 (종료 코드 {result.returncode}). 예외가 교훈이라면 "
                f"`# [tool.guide]` 에 `expect-error = true` 를 적으세요.\n{tail}")
    if result.strict and DIAGNOSTIC.search(result.output) and not DIAGNOSTIC.search(expected):
        found = "\n".join(line for line in result.output.splitlines() if DIAGNOSTIC.search(line)
                          or re.search(r"Warning|never awaited|was destroyed", line))
        return (f"{where}: `python -X dev -W error` 로 실행하니 경고가 나왔습니다. 기다리지 않은 "
                f"코루틴(never awaited)이나 닫지 않은 자원이 없는지 보세요.\n{found}\n---\n{tail}")
    diff = compare(expected, result.output)
    if diff:
        return (f"{where}: 출력이 기대 출력과 다릅니다. 코드를 고쳐서 출력이 바뀌는 것이 맞다면 "
                f"다시 캡처하세요: {fix}\n{diff}")
    return None


# --- update -----------------------------------------------------------------


def wants_timeline(snippet: Snippet) -> bool:
    """A page shows this snippet's timeline: it includes `<chapter>/<name>.svg`."""
    svg = f'"{Path(snippet.rel).with_suffix(".svg").as_posix()}"'
    return any(svg in page.read_text(encoding="utf-8") for page in DOCS.rglob("*.md"))


def trace(snippet: Snippet, interp: Interpreter) -> dict:
    """Run the snippet under scripts/timeline.py's hooks and return what ran when."""
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, service_env(snippet) as env:
        out = Path(tmp) / "trace.json"
        subprocess.run(
            [str(interp.python), str(ROOT / "scripts" / "timeline.py"), "record", str(snippet.path), str(out)],
            cwd=snippet.path.parent, stdin=subprocess.DEVNULL, capture_output=True, env=env,
            timeout=snippet.timeout, check=True,
        )
        return json.loads(out.read_text(encoding="utf-8"))


def timeline_problem(snippet: Snippet, interp: Interpreter) -> str | None:
    """The committed picture still matches a fresh run (within timing noise)."""
    import timeline

    svg = snippet.expected_path(interp.version, ".svg")
    if not svg.exists():
        return (f"{snippet.shown}: 타임라인 그림 {svg.relative_to(ROOT)} 이 없습니다. "
                f"make outputs ONLY={snippet.shown} 로 만드세요.")
    fresh = timeline.shape(trace(snippet, interp))
    changed = timeline.differences(timeline.read_svg(svg.read_text(encoding="utf-8")), fresh)
    if changed:
        return (f"{snippet.shown}: 타임라인 그림 {svg.name} 이 파이썬 {interp.full} 에서 새로 실행한 결과와 "
                f"다릅니다. 코드를 고쳤다면 make outputs ONLY={snippet.shown} 로 다시 그리세요.\n" + "\n".join(changed))
    return None


def draw_all(snippet: Snippet, interps: list[Interpreter]) -> list[str]:
    """One timeline for the oldest version, another wherever the picture changes shape.

    A version this machine lacks keeps the picture it had."""
    import timeline

    before = {p: p.read_text(encoding="utf-8") for p in snippet.timelines().values()}
    ran = {i.version: i for i in interps if i.version >= snippet.requires}
    traces = {v: trace(snippet, i) for v, i in ran.items()}
    shapes = {v: timeline.shape(t) for v, t in traces.items()}
    kept: dict[tuple[int, int], str] = {}
    for v in PROMISED:
        old = snippet.expected_path(v, ".svg")
        if v >= snippet.requires and v not in shapes and old in before:
            kept[v] = before[old]
            shapes[v] = timeline.read_svg(kept[v])
    groups: list[list[tuple[int, int]]] = []
    for v in sorted(shapes):
        if groups and not timeline.differences(shapes[groups[-1][0]], shapes[v]):
            groups[-1].append(v)
        else:
            groups.append([v])
    for old in before:
        old.unlink()
    written = []
    for k, group in enumerate(groups):
        first = group[0]
        svg = snippet.path.with_suffix(".svg" if k == 0 else f".{first[0]}.{first[1]}.svg")
        drawn = next((v for v in group if v in traces), None)
        if drawn is None:  # no Python of this group here: keep its old picture
            svg.write_text(kept[first], encoding="utf-8")
        else:
            ident = "tl-" + re.sub(r"[^a-z0-9]+", "-", snippet.path.stem.lower()) + ("" if k == 0 else f"-3-{first[1]}")
            svg.write_text(timeline.render(traces[drawn], f"{snippet.path.name} 타임라인 (파이썬 {ran[drawn].full})",
                                           ident), encoding="utf-8")
        written.append(str(svg.relative_to(ROOT)))
    return written


def update(snippets: list[Snippet], interps: list[Interpreter]) -> int:
    """Capture every expected output from real runs, one file per differing version."""
    failed = 0

    def capture(snippet: Snippet) -> list[str]:
        notes = []
        runs: dict[tuple[int, int], str] = {}
        for interp in interps:
            if interp.version < snippet.requires:
                continue
            result = run(snippet, interp.python, strict=False)
            problem = explain(snippet, result, result.output, "")
            if problem:
                raise SnippetError(problem)
            runs[interp.version] = result.output
        if not runs:  # e.g. a 3.14-only snippet on a machine without 3.14
            return [f"건너뜀 {snippet.shown} (파이썬 {snippet.requires[0]}.{snippet.requires[1]}+ 가 "
                    f"이 기계에 없어 출력을 캡처하지 못했습니다)"]
        # One file for the oldest version, another wherever the output changes.
        # Runs that differ only by timing noise share a file: the least delayed of
        # them is kept, since a busy machine only ever makes a run slower.
        # A promised version this machine lacks keeps the output it had: nothing
        # captured elsewhere is lost because it could not be checked here.
        before = {p: p.read_text(encoding="utf-8") for p in snippet.outputs().values()}
        wanted = sorted({v for v in PROMISED if v >= snippet.requires} | set(runs))
        texts: dict[tuple[int, int], str] = {}
        kept_old = []
        for version in wanted:
            if version in runs:
                texts[version] = runs[version]
            elif (old := snippet.expected_path(version)).exists() and version >= min(snippet.outputs(), default=version):
                texts[version] = before[old]
                kept_old.append(version)
        for old in before:
            old.unlink()
        groups: list[list[tuple[int, int]]] = []
        for version in sorted(texts):
            if groups and same_apart_from_timing(texts[groups[-1][0]], texts[version]):
                groups[-1].append(version)
            else:
                groups.append([version])
        for k, group in enumerate(groups):
            ran = [v for v in group if v in runs]
            best = min(ran, key=lambda v: sum(normalise(runs[v])[1])) if ran else group[0]
            first = group[0]
            name = (snippet.path.with_suffix(".out") if k == 0
                    else snippet.path.with_suffix(f".{first[0]}.{first[1]}.out"))
            kept = before.get(name)
            # Unchanged apart from addresses and timing noise: keep the file as it was.
            text = kept if kept is not None and same_apart_from_timing(kept, texts[best]) else texts[best]
            name.write_text(text, encoding="utf-8")
            notes.append(f"{name.relative_to(ROOT)}")
        not_run = [v for v in wanted if v not in runs]
        if not_run:
            names = ", ".join(f"{v[0]}.{v[1]}" for v in not_run)
            notes.append(f"(파이썬 {names} 이 이 기계에 없어 그 버전의 출력은 캡처하지 않고 "
                         f"{'있던 것을 그대로 두었습니다' if kept_old else '비워 두었습니다'})")
        if wants_timeline(snippet):
            notes += draw_all(snippet, interps)
        return notes

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        ordered = [s for s in snippets if not s.alone]
        futures = {pool.submit(capture, s): s for s in ordered}
        for fut in concurrent.futures.as_completed(futures):
            failed += _report(futures[fut], fut)
    for s in snippets:
        if s.alone:
            fut: concurrent.futures.Future = concurrent.futures.Future()
            try:
                fut.set_result(capture(s))
            except SnippetError as err:
                fut.set_exception(err)
            failed += _report(s, fut)
    return failed


def check_all(snippets: list[Snippet], interps: list[Interpreter]) -> int:
    jobs = [(s, i) for s in snippets for i in interps if i.version >= s.requires]
    jobs.sort(key=lambda job: bool(job[0].alone))  # CPU-heavy ones last, alone
    shared = [j for j in jobs if not j[0].alone]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda job: check(*job), shared))
    results += [check(*job) for job in jobs[len(shared):]]
    bad = [r for r in results if r]
    for (s, i), r in zip(jobs, results):
        print(f"{'실패' if r else '통과'} {i.label} {s.shown}")
    for r in bad:
        print("\n" + r)
    print(f"{len(jobs) - len(bad)} passed, {len(bad)} failed")
    return 1 if bad else 0


def _report(snippet: Snippet, fut: concurrent.futures.Future) -> int:
    try:
        print("갱신:", ", ".join(fut.result()), flush=True)
        return 0
    except SnippetError as err:
        print(f"실패: {err}", file=sys.stderr, flush=True)
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="기대 출력을 실제 실행으로 다시 캡처합니다")
    up.add_argument("paths", nargs="*", help="스니펫 파일이나 폴더 (기본: 전부)")
    ck = sub.add_parser("check", help="테스트처럼 실행해 기대 출력과 비교합니다")
    ck.add_argument("paths", nargs="*", help="스니펫 파일이나 폴더 (기본: 전부)")
    sub.add_parser("venvs", help="지원하는 파이썬마다 .venvs/3.X 를 준비합니다")
    sub.add_parser("pythons", help="찾은 파이썬 목록")
    sub.add_parser("missing", help="약속한 버전 가운데 없는 것 (있으면 종료 코드 1)")
    args = parser.parse_args(argv)
    interps = discover()
    if args.command == "pythons":
        for i in interps:
            print(i.full, i.base)
        return 0
    if args.command == "missing":
        gone = missing(interps)
        if gone:
            print("없는 파이썬:", ", ".join(gone))
        return 1 if gone else 0
    try:
        for interp in interps:
            ensure_venv(interp)
    except SnippetError as err:
        print(f"실패: {err}", file=sys.stderr)
        return 1
    if args.command == "venvs":
        print("파이썬:", ", ".join(i.full for i in interps))
        return 0
    try:
        snippets = find_snippets(args.paths)
        if args.command == "check":
            return check_all(snippets, interps)
        failed = update(snippets, interps)
    except SnippetError as err:
        print(f"실패: {err}", file=sys.stderr)
        return 1
    print(f"파이썬 {', '.join(i.full for i in interps)} 에서 스니펫 {len(snippets)}개를 실행했습니다.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
