#!/bin/sh
# Newer CPythons from Debian's unstable archive (sid), for a Linux machine whose
# pyenv or distribution stops short of them. `make pythons` runs this; it is cached:
# the second run only checks that the interpreters still start.
#
#   sh scripts/debian-pythons.sh [DIR]      (default .pythons/debian-sid)
#
# A machine that already has python3.14 and python3.15 on PATH (macOS, deadsnakes,
# uv) does not need it; the harness finds those first.
set -eu
VERSIONS="3.13 3.14 3.15"
DIR=$(realpath -m "${1:-.pythons/debian-sid}")
STAMP="$DIR/.ready"
ARCHIVE=http://deb.debian.org/debian

works() {
  for v in $VERSIONS; do
    "$DIR/usr/bin/python$v" -c "import asyncio, ssl, sqlite3" 2>/dev/null || return 1
  done
}

if [ -f "$STAMP" ] && works; then
  exit 0
fi

if [ "$(uname -s)" != Linux ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "debian-pythons: 데비안 계열 리눅스가 아니라 파이썬 $VERSIONS 을(를) 받지 않았습니다." >&2
  echo "debian-pythons: python3.14, python3.15 를 PATH 에 설치하세요 (예: uv python install 3.14 3.15)." >&2
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v debootstrap >/dev/null 2>&1 || ! command -v patchelf >/dev/null 2>&1; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq debootstrap patchelf >/dev/null
fi

packages=""
for v in $VERSIONS; do packages="$packages,python$v,python$v-venv"; done
echo "debian-pythons: 데비안 sid 에서 파이썬 $VERSIONS 을(를) $DIR 에 받습니다 (처음 한 번, 약 1분)"
$sudo rm -rf "$DIR"
mkdir -p "$(dirname "$DIR")"
if ! $sudo debootstrap --variant=minbase --include="${packages#,}" sid "$DIR" "$ARCHIVE" >"$DIR.log" 2>&1; then
  tail -20 "$DIR.log" >&2
  echo "debian-pythons: debootstrap 이 실패했습니다. 전체 기록: $DIR.log" >&2
  exit 1
fi
[ -z "$sudo" ] || $sudo chown -R "$(id -u):$(id -g)" "$DIR"

# sid's binaries need sid's C library: point them at the copy inside $DIR.
lib="$DIR/usr/lib/x86_64-linux-gnu"
[ "$(uname -m)" = x86_64 ] || lib="$DIR/usr/lib/$(uname -m)-linux-gnu"
loader=$(ls "$lib"/ld-linux-*.so.* | head -n 1)
for v in $VERSIONS; do
  patchelf --set-interpreter "$loader" --force-rpath --set-rpath "$lib" "$DIR/usr/bin/python$v"
done
works || { echo "debian-pythons: 받은 파이썬이 실행되지 않습니다 ($DIR)" >&2; exit 1; }
touch "$STAMP"
for v in $VERSIONS; do "$DIR/usr/bin/python$v" -VV; done
