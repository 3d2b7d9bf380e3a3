#!/usr/bin/env bash
# Compile packaging/windows/jitdesk.nsi with makensis around a placeholder payload: a check of
# the installer script on any OS (apt-get install nsis). The real installer is built on Windows
# by .github/workflows/release.yml around the PyInstaller folder.
#
#   packaging/windows/check-nsis.sh [OUT.exe]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
command -v makensis >/dev/null || { echo "check-nsis.sh: makensis is missing (apt-get install nsis)." >&2; exit 2; }
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/jitdesk/__init__.py")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DIST="$WORK/dist/jitdesk"
mkdir -p "$DIST/_internal/resources"
printf 'placeholder console executable\n' > "$DIST/jitdesk.exe"
printf 'placeholder windowed executable\n' > "$DIST/jitdesk-gui.exe"
printf 'placeholder bundle\n' > "$DIST/_internal/base_library.zip"
cp -r "$ROOT/resources/icons" "$DIST/_internal/resources/"
OUT="${1:-$WORK/jitdesk-$VERSION-setup.exe}"
makensis -V2 -WX -DVERSION="$VERSION" -DDIST="$DIST" -DOUTFILE="$OUT" \
  "$ROOT/packaging/windows/jitdesk.nsi"
[[ -s "$OUT" ]] || { echo "makensis wrote no installer" >&2; exit 1; }
echo "compiled $(basename "$OUT") ($(du -h "$OUT" | cut -f1)) with makensis $(makensis -VERSION)"
