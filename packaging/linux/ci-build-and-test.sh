#!/usr/bin/env bash
# CI: build the .deb, validate it, install it into a clean Debian chroot and run the frozen
# self-test there, measure start-up and sizes, and compile the Windows installer script.
# Called by .ci/run after the test suite; expects the venv .venv that .ci/run creates (PYTHON
# overrides). Needs root (apt-get, debootstrap, chroot). Fails on the first error.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
START=$SECONDS
step() { printf '\n=== [packaging %3ds] %s\n' "$((SECONDS - START))" "$*"; }

step "build dependencies"
if command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  # Qt's Wayland plugins link these; the build machine needs every library the bundle links so
  # dpkg-shlibdeps can name its package.
  apt-get install -y -qq --no-install-recommends \
    dpkg-dev file binutils desktop-file-utils appstream debootstrap nsis librsvg2-bin \
    libwayland-client0 libwayland-cursor0 libwayland-egl1 libxcb-cursor0 libxkbcommon-x11-0 \
    libcups2 >/dev/null
fi
if ! "$PYTHON" -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))'; then
  # A Debian python3 links libpython statically; PyInstaller needs the shared one.
  apt-get install -y -qq --no-install-recommends \
    "libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" >/dev/null
fi
"$PYTHON" -m pip install -q -e ".[build]"

step "build the .deb"
DEB="$(PYTHON="$PYTHON" packaging/linux/build-deb.sh | tail -n 1)"
APP="$ROOT/build/deb/dist/jitdesk"

step "frozen self-test on the build machine"
QT_QPA_PLATFORM=offscreen "$APP/jitdesk" --self-test
LANG=de_AT.UTF-8 LC_ALL= LANGUAGE= QT_QPA_PLATFORM=offscreen "$APP/jitdesk" --self-test \
  | grep -q '"language":"de","menus":\["Datei"' || { echo "not German with LANG=de_AT" >&2; exit 1; }

step "install into a clean Debian chroot and self-test there"
packaging/linux/test-deb-in-chroot.sh "$DEB"

step "start-up: frozen onedir vs development (at most 1.5x)"
"$PYTHON" packaging/measure_startup.py "$APP/jitdesk" --python "$PYTHON" --runs 5 --max-ratio 1.5

step "Windows installer script compiles (makensis, placeholder payload)"
packaging/windows/check-nsis.sh

BUNDLE_MB=$(( $(du -sk "$APP" | cut -f1) / 1024 ))
DEB_MB=$(( $(stat -c %s "$DEB") / 1024 / 1024 ))
step "sizes: bundle ${BUNDLE_MB} MB unpacked, $(basename "$DEB") ${DEB_MB} MB"
if (( BUNDLE_MB >= 200 || DEB_MB >= 80 )); then
  echo "packaging: the bundle must stay under 200 MB and the .deb under 80 MB" >&2
  exit 1
fi
step "done in $((SECONDS - START)) s"
