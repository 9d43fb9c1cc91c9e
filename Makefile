# 두 명령이면 됩니다: `make serve` (미리 보기) 와 `make test` (CI 가 돌리는 모든 검사).
# 처음 실행할 때 필요한 것을 .venv 와 .venvs/ 에 설치합니다.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ONLY ?=
FORCE ?=
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install serve build test outputs diagrams pythons screenshots bench search-compare clean

help:
	@echo "make serve    http://127.0.0.1:8000 에서 미리 보기"
	@echo "make test     CI 와 같은 검사 전부 (빌드, 모든 파이썬에서 스니펫, 페이지, 워크플로)"
	@echo "make build    site/ 에 엄격 모드로 빌드"
	@echo "make outputs  스니펫의 기대 출력을 실제 실행으로 다시 캡처 (ONLY=경로 로 일부만)"
	@echo "make diagrams  새로 쓰거나 고친 Mermaid 그림을 SVG 로 그려 docs/assets/diagrams/ 에"
	@echo "make screenshots  모든 페이지를 휴대폰/데스크톱, 밝은/어두운 테마로 찍어 screenshots/ 에"
	@echo "make bench    Lighthouse 로 모든 페이지를 측정해 표로 (npm 필요)"

$(STAMP): requirements/site.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "파이썬 3.11 이상이 필요합니다")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/site.lock
	@touch $@

install: $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

outputs: $(STAMP)
	$(BIN)/python tests/harness.py update $(ONLY)

diagrams: $(STAMP)
	$(BIN)/python hooks/diagrams.py $(if $(FORCE),--force)

# 3.11–3.15 가 다 있으면 그대로 쓰고, 모자라면 데비안 sid 에서 받아 .pythons/ 에 둡니다 (한 번만).
pythons: $(STAMP)
	@$(BIN)/python tests/harness.py missing >/dev/null || sh scripts/debian-pythons.sh
	$(BIN)/python tests/harness.py venvs

test: $(STAMP) pythons
	$(BIN)/python -m pytest

bench: build
	cd bench && npm ci --no-audit --no-fund --ignore-scripts
	$(BIN)/python bench/lighthouse.py

search-compare: $(STAMP)
	$(BIN)/python tests/search_compare.py

screenshots: build
	$(BIN)/python tests/screenshots.py

clean:
	rm -rf site screenshots .pytest_cache
