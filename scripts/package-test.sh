#!/usr/bin/env bash
# Builds the Debian package from a build folder and checks it as a user's machine would see it:
#   - its contents: both programs, the translations, the .desktop entry, hicolor icons, AppStream metainfo;
#   - its control data: runtime dependencies that are Debian package names apt can resolve (simulated);
#   - desktop-file-validate / appstreamcli validate when installed;
#   - unpacked into a scratch root: `memescope --version` and `memescope-cli demo` run from it.
#   scripts/package-test.sh [build dir (default build)]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
fail() { echo "package-test: $*" >&2; exit 1; }

contents=$(dpkg -c "$deb")
for f in ./usr/bin/memescope ./usr/bin/memescope-cli ./usr/share/applications/memescope.desktop \
  ./usr/share/metainfo/io.github.memescope.MemeScope.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/memescope.svg \
  ./usr/share/icons/hicolor/48x48/apps/memescope.png ./usr/share/icons/hicolor/256x256/apps/memescope.png \
  ./usr/share/memescope/translations/memescope_de.qm ./usr/share/memescope/translations/memescope_hi.qm \
  ./usr/share/mime/packages/memescope.xml ./usr/share/doc/memescope/guide/index.md \
  ./usr/share/doc/memescope/screenshots/workspace-memes-1920x1080.png; do
  grep -q " $f\$" <<<"$contents" || fail "$f is missing from the package"
done
echo "contents: programs, translations, desktop entry, icons ($(grep -c 'hicolor/.*memescope' <<<"$contents") files), metainfo, MIME type"

depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6widgets6 libtorch libtesseract5 libopencv-core libqcustomplot tesseract-ocr-eng libqt6sql6-sqlite; do
  grep -q "$p" <<<"$depends" || fail "Depends lacks $p: $depends"
done
echo "depends: $depends"
# Every dependency must be a package apt knows (the installed ones satisfy it here).
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt cannot resolve the dependencies"; }
echo "apt: dependencies resolve ($(grep -c '^Inst' "$work/apt.log") packages to install besides it)"

if command -v desktop-file-validate >/dev/null; then desktop-file-validate packaging/memescope.desktop; fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain packaging/io.github.memescope.MemeScope.metainfo.xml >"$work/as.log" 2>&1 ||
    { cat "$work/as.log"; fail "metainfo does not validate"; }
  echo "appstream: metainfo validates"
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
version=$("$root/usr/bin/memescope" --version)
[[ "$version" == "MemeScope "* ]] || fail "memescope --version printed '$version'"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/memescope-cli" demo --out "$work/demo" >/dev/null 2>&1
[[ -n $(find "$work/demo" -name '*.json' | head -1) ]] || fail "memescope-cli demo wrote no dataset"
echo "installed copy: '$version'; memescope-cli demo wrote $(find "$work/demo" -type f | wc -l) files"
echo "package-test: OK"
