#!/usr/bin/env bash
# Build dist/jitdesk-<version>.dmg from the PyInstaller app bundle (macOS only: hdiutil).
#
#   packaging/macos/build-dmg.sh [path/to/jitdesk.app]     # default: dist/jitdesk.app
#
# The disk image holds jitdesk.app and an Applications symlink (drag to install), compressed
# with UDZO. Set CODESIGN_IDENTITY to sign the app first (and notarise the .dmg afterwards with
# `xcrun notarytool`); without it the app stays ad-hoc signed by PyInstaller.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="${1:-$ROOT/dist/jitdesk.app}"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/jitdesk/__init__.py")"
OUT="${OUT:-$ROOT/dist}"
DMG="$OUT/jitdesk-$VERSION.dmg"

command -v hdiutil >/dev/null || { echo "build-dmg.sh: hdiutil is missing (run on macOS)." >&2; exit 2; }
[[ -d "$APP/Contents/MacOS" ]] || { echo "build-dmg.sh: no app bundle at $APP (run pyinstaller first)." >&2; exit 2; }

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/jitdesk.app"   # ditto keeps symlinks, resource forks and signatures
ln -s /Applications "$STAGE/Applications"
mkdir -p "$OUT"
rm -f "$DMG"
hdiutil create -volname "jitdesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
echo "$DMG"
