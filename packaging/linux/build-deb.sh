#!/usr/bin/env bash
# Build the jitdesk .deb: PyInstaller onedir under /opt/jitdesk, /usr/bin/jitdesk, desktop entry,
# shop-file MIME type, AppStream metainfo, SVG + PNG icons, and Depends computed from the bundle.
#
#   packaging/linux/build-deb.sh            # -> dist/jitdesk_<version>_<arch>.deb
#
# Environment: PYTHON (default python3; must have pyinstaller, i.e. `pip install -e ".[build]"`),
# OUT (default dist), SKIP_PYINSTALLER=1 to reuse build/deb/dist/jitdesk.
#
# Depends: the spec leaves the build machine's system libraries out of the bundle
# (JITDESK_SYSTEM_LIBS=1) and dpkg-shlibdeps computes the packages that provide them from every
# ELF file in the bundle (Qt's platform, print and image plugins included), with versions. Qt
# opens libdbus-1 with dlopen (invisible to ldd), so that one is added by hand.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/packaging/linux"
PYTHON="${PYTHON:-python3}"
OUT="$(mkdir -p "${OUT:-$ROOT/dist}" && cd "${OUT:-$ROOT/dist}" && pwd)"
BUILD="$ROOT/build/deb"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/jitdesk/__init__.py")"
ARCH="$(dpkg --print-architecture)"
DEB="$OUT/jitdesk_${VERSION}_${ARCH}.deb"
DATE="$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}" +%F)"

log() { printf '[deb] %s\n' "$*" >&2; }
need() { command -v "$1" >/dev/null || { echo "build-deb.sh: $1 is missing ($2)." >&2; exit 2; }; }
need dpkg-deb "apt-get install dpkg"
need dpkg-shlibdeps "apt-get install dpkg-dev"
need desktop-file-validate "apt-get install desktop-file-utils"
need appstreamcli "apt-get install appstream"

# 1. The frozen app ------------------------------------------------------------------------------
if [[ "${SKIP_PYINSTALLER:-0}" != 1 || ! -x "$BUILD/dist/jitdesk/jitdesk" ]]; then
  log "PyInstaller onedir (version $VERSION)"
  rm -rf "$BUILD"
  JITDESK_SYSTEM_LIBS=1 "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$BUILD/work" --distpath "$BUILD/dist" "$ROOT/packaging/jitdesk.spec"
fi
APP_SRC="$BUILD/dist/jitdesk"

# 2. The package tree ----------------------------------------------------------------------------
PKG="$BUILD/pkg"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/mime/packages" "$PKG/usr/share/metainfo" "$PKG/usr/share/doc/jitdesk"
cp -a "$APP_SRC" "$PKG/opt/jitdesk"
# The bootloader resolves the symlink to find /opt/jitdesk/_internal.
ln -s /opt/jitdesk/jitdesk "$PKG/usr/bin/jitdesk"
install -m 644 "$HERE/jitdesk.desktop" "$PKG/usr/share/applications/jitdesk.desktop"
install -m 644 "$HERE/jitdesk-mime.xml" "$PKG/usr/share/mime/packages/jitdesk.xml"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE/" "$HERE/io.github.jitdesk.jitdesk.metainfo.xml" \
  > "$PKG/usr/share/metainfo/io.github.jitdesk.jitdesk.metainfo.xml"

SVG="$ROOT/resources/icons/jitdesk.svg"
render() { # size out.png
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$1" -h "$1" "$SVG" -o "$2"
  else
    convert -background none -density 384 "$SVG" -resize "$1x$1" "$2"
  fi
}
for dir in apps mimetypes; do
  name=jitdesk
  [[ $dir == mimetypes ]] && name=application-x-jitdesk-shop
  install -D -m 644 "$SVG" "$PKG/usr/share/icons/hicolor/scalable/$dir/$name.svg"
  for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$PKG/usr/share/icons/hicolor/${size}x${size}/$dir"
    render "$size" "$PKG/usr/share/icons/hicolor/${size}x${size}/$dir/$name.png"
  done
done

cat > "$PKG/usr/share/doc/jitdesk/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: jitdesk

Files: *
License: MIT

Files: opt/jitdesk/_internal/resources/fonts/*
License: Bitstream-Vera and public-domain (DejaVu changes), see LICENSE-DejaVu.txt there

Files: opt/jitdesk/_internal/PySide6/*
License: LGPL-3.0 (Qt for Python and Qt)
EOF

chmod -R u+rwX,go+rX,go-w "$PKG"

# 3. Depends from the bundle's ELF files ---------------------------------------------------------
log "computing Depends with dpkg-shlibdeps over the bundle"
mapfile -t ELF < <(find "$PKG/opt/jitdesk" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 file -N -F '|' | awk -F'|' '/ ELF /{print $1}')
LIBDIRS=()
while IFS= read -r dir; do LIBDIRS+=("-l$dir"); done < <(
  find "$PKG/opt/jitdesk" -name '*.so*' -printf '%h\n' | sort -u)
SHLIB="$BUILD/shlibdeps"
mkdir -p "$SHLIB/debian"
printf 'Source: jitdesk\n\nPackage: jitdesk\nArchitecture: any\n' > "$SHLIB/debian/control"
SHLIBS="$(cd "$SHLIB" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "${LIBDIRS[@]}" \
  "${ELF[@]}" 2>"$BUILD/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p')"
[[ -n "$SHLIBS" ]] || { cat "$BUILD/shlibdeps.log" >&2; echo "dpkg-shlibdeps found nothing" >&2; exit 1; }
DEPENDS="$SHLIBS"
[[ $DEPENDS == *"libdbus-1-3"* ]] || DEPENDS+=", libdbus-1-3"
DEPENDS+=", shared-mime-info, hicolor-icon-theme"

INSTALLED_KB="$(du -sk --apparent-size "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<EOF
Package: jitdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: The jitdesk developers <jitdesk@users.noreply.github.com>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Section: misc
Priority: optional
Homepage: https://github.com/jitdesk/jitdesk
Description: just-in-time order desk for small shops
 jitdesk keeps the orders of a shop that orders goods only when a customer
 asks for them: customer orders with deposits, supplier orders planned from
 what customers wait for, receiving, pickup notices and the handover.
 .
 This package bundles its own Python and Qt under /opt/jitdesk.
EOF

# 4. Validate and build ----------------------------------------------------------------------------
desktop-file-validate "$PKG/usr/share/applications/jitdesk.desktop"
appstreamcli validate --no-net "$PKG/usr/share/metainfo/io.github.jitdesk.jitdesk.metainfo.xml" >&2
if command -v xmllint >/dev/null; then xmllint --noout "$PKG/usr/share/mime/packages/jitdesk.xml"; fi

rm -f "$OUT"/jitdesk_*_"$ARCH".deb
log "dpkg-deb --build"
dpkg-deb --root-owner-group -Zxz -z6 --build "$PKG" "$DEB" >&2
log "Depends: $DEPENDS"
log "bundle $(du -sh "$PKG/opt/jitdesk" | cut -f1) unpacked, .deb $(du -h "$DEB" | cut -f1)"
echo "$DEB"
