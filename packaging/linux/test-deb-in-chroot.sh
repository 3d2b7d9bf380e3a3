#!/usr/bin/env bash
# Install a jitdesk .deb with apt into a clean Debian chroot (debootstrap --variant=minbase, so
# nothing of the development machine is there) and run `jitdesk --self-test` inside it.
#
#   packaging/linux/test-deb-in-chroot.sh dist/jitdesk_0.1.0_amd64.deb
#   packaging/linux/test-deb-in-chroot.sh --prepare     # only build/cache the base chroot
#
# Needs root, debootstrap and network access to the Debian mirror. The base chroot is cached as a
# tarball under /var/cache/jitdesk-chroot (refreshed after CHROOT_MAX_AGE_DAYS days), so later runs
# only unpack it. Environment: SUITE (default stable), MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

SUITE="${SUITE:-stable}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
CACHE_DIR="${CACHE_DIR:-/var/cache/jitdesk-chroot}"
MAX_AGE_DAYS="${CHROOT_MAX_AGE_DAYS:-7}"
ARCH="$(dpkg --print-architecture)"
TARBALL="$CACHE_DIR/$SUITE-$ARCH-minbase.tar.gz"

log() { printf '[chroot] %s\n' "$*" >&2; }

if [[ $EUID -ne 0 ]]; then
  echo "test-deb-in-chroot.sh: run as root (debootstrap, chroot and mount need it)." >&2
  exit 2
fi

prepare_base() {
  if [[ -f "$TARBALL" ]] && [[ -z "$(find "$TARBALL" -mtime +"$MAX_AGE_DAYS" 2>/dev/null)" ]]; then
    log "using cached base $TARBALL"
    return
  fi
  command -v debootstrap >/dev/null || { echo "debootstrap is not installed." >&2; exit 2; }
  mkdir -p "$CACHE_DIR"
  local base
  base="$(mktemp -d /var/tmp/jitdesk-base.XXXXXX)"
  log "debootstrap --variant=minbase $SUITE from $MIRROR (once; cached afterwards)"
  debootstrap --variant=minbase --arch="$ARCH" "$SUITE" "$base" "$MIRROR" >&2
  rm -rf "$base"/var/cache/apt/archives/*.deb "$base"/var/lib/apt/lists/*
  tar -C "$base" -czf "$TARBALL.tmp" .
  mv "$TARBALL.tmp" "$TARBALL"
  rm -rf "$base"
  log "cached $(du -h "$TARBALL" | cut -f1) base at $TARBALL"
}

if [[ "${1:-}" == "--prepare" ]]; then
  prepare_base
  exit 0
fi

DEB="${1:?usage: test-deb-in-chroot.sh PATH/TO/jitdesk_VERSION_ARCH.deb}"
[[ -f "$DEB" ]] || { echo "No such .deb: $DEB" >&2; exit 2; }
prepare_base

ROOT="$(mktemp -d /var/tmp/jitdesk-chroot.XXXXXX)"
MOUNTS=()
cleanup() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount -l "${MOUNTS[$i]}" 2>/dev/null || true
  done
  rm -rf --one-file-system "$ROOT"
}
trap cleanup EXIT

log "unpacking the base chroot into $ROOT"
tar -C "$ROOT" -xzf "$TARBALL"
chmod 755 "$ROOT"  # mktemp makes it 0700; the tester user must reach / inside
mount -t proc proc "$ROOT/proc" && MOUNTS+=("$ROOT/proc")
mount -t sysfs sysfs "$ROOT/sys" && MOUNTS+=("$ROOT/sys")
mount --bind /dev "$ROOT/dev" && MOUNTS+=("$ROOT/dev")
mkdir -p "$ROOT/dev/shm" 2>/dev/null || true
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp "$DEB" "$ROOT/tmp/"
DEB_NAME="$(basename "$DEB")"

in_chroot() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

log "apt install ./$DEB_NAME (no recommends: Depends alone must be enough)"
in_chroot apt-get update -qq
in_chroot apt-get install -y -qq --no-install-recommends "/tmp/$DEB_NAME" >&2

log "checks on the installed package"
in_chroot test -x /usr/bin/jitdesk
in_chroot test -f /usr/share/applications/jitdesk.desktop
in_chroot test -f /usr/share/icons/hicolor/scalable/apps/jitdesk.svg
in_chroot test -f /usr/share/mime/packages/jitdesk.xml
# Python must not be needed: the chroot has none, the bundle brings its own.
if in_chroot sh -c 'command -v python3' >/dev/null; then
  log "note: python3 is present in the chroot (pulled in by a dependency)"
fi

log "every ELF file of the bundle finds its libraries (Depends are complete)"
MISSING="$(in_chroot sh -c 'find /opt/jitdesk -type f -name "*.so*" -o -type f -perm -u+x -path "/opt/jitdesk/*" | while read -r f; do ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"; done' | sort -u)"
if [[ -n "$MISSING" ]]; then
  echo "$MISSING" >&2
  log "libraries missing in the clean system: the .deb's Depends are incomplete"
  exit 1
fi

log "jitdesk --version and --self-test inside the chroot (offscreen)"
in_chroot /usr/bin/jitdesk --version
# A normal user, like a shop owner would run it.
in_chroot useradd -m tester 2>/dev/null || true
OUT="$(chroot "$ROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen \
  /usr/sbin/runuser -u tester -- /usr/bin/jitdesk --self-test)" || {
  rc=$?
  echo "$OUT"
  log "self-test FAILED in the chroot (exit $rc)"
  exit 1
}
echo "$OUT"
log "self-test passed in a clean $SUITE chroot (offscreen)"

log "self-test in German (LANG=de_AT.UTF-8): the main window's menu must read Datei"
OUT="$(chroot "$ROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester LANG=de_AT.UTF-8 \
  QT_QPA_PLATFORM=offscreen \
  /usr/sbin/runuser -u tester -- /usr/bin/jitdesk --self-test)" || {
  echo "$OUT"
  log "self-test FAILED in German in the chroot"
  exit 1
}
grep -q '"language":"de","menus":\["Datei"' <<<"$OUT" || {
  echo "$OUT"
  log "the packaged app did not start in German with LANG=de_AT.UTF-8"
  exit 1
}
log "the packaged app starts in German"

# The same on an X server, so the xcb platform plugin itself loads (after the check above, so
# xvfb's own dependencies could not hide a missing Depends). CHROOT_XVFB=0 skips it.
if [[ "${CHROOT_XVFB:-1}" == 1 ]]; then
  log "self-test on Xvfb (xcb platform plugin)"
  in_chroot apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
  OUT="$(chroot "$ROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester LANG=C.UTF-8 \
    /usr/sbin/runuser -u tester -- xvfb-run -a /usr/bin/jitdesk --self-test)" || {
    echo "$OUT"
    log "self-test FAILED on Xvfb in the chroot"
    exit 1
  }
  echo "$OUT"
  grep -q '"platform":"xcb"' <<<"$OUT" || { log "Qt did not use the xcb platform"; exit 1; }
  log "self-test passed on Xvfb with the xcb platform plugin"
fi

log "apt purge removes the app"
in_chroot apt-get purge -y -qq jitdesk >/dev/null
in_chroot test ! -e /opt/jitdesk
in_chroot test ! -e /usr/bin/jitdesk
log "all chroot checks passed"
