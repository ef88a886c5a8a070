#!/usr/bin/env bash
# Installs the Debian 12 packages MemeScope needs, only those missing; silent when nothing is missing.
# Works as root or through sudo. Idempotent.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins
  libqcustomplot-dev libqcustomplot2.1-qt6
  libtorch-dev libgloo-dev libopenblas0-pthread python3-torch python3-sklearn
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng
  libsqlite3-dev libopencv-dev nlohmann-json3-dev fonts-dejavu-core fonts-bebas-neue
  xvfb xauth imagemagick poppler-utils fonts-lohit-deva fonts-noto-color-emoji
  dpkg-dev desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
