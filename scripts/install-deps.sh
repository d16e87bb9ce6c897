#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Salesdesk needs, only those that are missing.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgl1-mesa-dev nlohmann-json3-dev libspdlog-dev catch2 libxlsxwriter-dev
  libsqlite3-dev sqlite3 fonts-noto-cjk ccache
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(xvfb xauth python3 python3-openpyxl poppler-utils clang postgresql)
fi

install_missing() {
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
  fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

install_missing "${packages[@]}"

# libFuzzer's runtime is a separate package of the default clang's version (a Recommends of clang).
if [[ "${1:-}" == "--test" ]] && command -v clang >/dev/null; then
  clang_major=$(clang -dumpversion | cut -d. -f1)
  if apt-cache show "libclang-rt-${clang_major}-dev" >/dev/null 2>&1; then
    install_missing "libclang-rt-${clang_major}-dev"
  fi
fi
