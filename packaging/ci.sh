#!/usr/bin/env bash
# Packaging checks for CI (called from .ci/run): validate the desktop files, build the Linux
# bundle, run its --self-test offscreen, and keep it up for 5 s in a real X window under Xvfb.
# Takes about two minutes on 2 cores; leaves no processes behind.
#   packaging/ci.sh [--no-build]     (--no-build: test the bundle already in dist/khabarkhan)
set -euo pipefail
build=1
[[ "${1:-}" == "--no-build" ]] && build=0

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.local/bin:$PATH"
APP_ID="io.github.khabarkhan.Khabarkhan"
start=$(date +%s)
step() { echo "== [$(( $(date +%s) - start )) s] $*"; }

# 1. System packages: the validators, Xvfb, and the libraries Qt's xcb platform plugin loads
#    (PyInstaller bundles the ones it finds at build time, so they must be present before).
packages=(desktop-file-utils appstream xvfb xauth x11-utils
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libegl1 libgl1
    libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
fi
if [[ ${#missing[@]} -gt 0 ]]; then
    step "apt-get install ${missing[*]}"
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# 2. Desktop entry and AppStream metainfo.
step "validate desktop entry and metainfo"
desktop-file-validate "packaging/linux/$APP_ID.desktop"
appstreamcli validate --no-net "packaging/linux/$APP_ID.metainfo.xml"

# 3. The bundle.
if [[ $build -eq 1 ]]; then
    step "build the Linux bundle"
    packaging/build.sh
fi
bundle="$ROOT/dist/khabarkhan"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/khabarkhan-ci.XXXXXX")"
app_pid=""
xvfb_pid=""
cleanup() {
    for pid in $app_pid $xvfb_pid; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$scratch"
}
trap cleanup EXIT
# A private home for the app: no settings, library or logs of the CI user are touched.
app_env=(env HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
    XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache"
    KHABARKHAN_LIBRARY="$scratch/library.sqlite3" KHABARKHAN_LOG_DIR="$scratch/log")
mkdir -p "$scratch/home"

# 4. Self-test of the frozen app.
step "frozen --self-test (offscreen)"
if ! timeout 180 "${app_env[@]}" QT_QPA_PLATFORM=offscreen "$bundle/khabarkhan" --self-test; then
    echo "ci.sh: the bundle's self-test failed" >&2
    exit 1
fi

# 5. The tarball as a user gets it: unpack, install.sh into the private home, use the launcher
#    link (the bootloader must find its files through the symlink), uninstall.sh.
step "tarball: install.sh, launcher, uninstall.sh"
tarball="$(ls -t "$ROOT"/dist/khabarkhan-*-linux-*.tar.gz | head -n 1)"
mkdir -p "$scratch/unpacked"
tar -C "$scratch/unpacked" -xzf "$tarball"
"${app_env[@]}" "$scratch/unpacked/khabarkhan/install.sh" >/dev/null
# The demo articles the installed bundle carries (not the checkout's): they must be in it and
# import with the importers it bundles.
samples="$scratch/home/.local/opt/khabarkhan/_internal/resources/samples"
[[ -d "$samples" ]] || { echo "ci.sh: the installed bundle has no demo articles" >&2; exit 1; }
imported="$("${app_env[@]}" "$scratch/home/.local/bin/khabarkhan" import "$samples" 2>&1)"
echo "$imported"
# (the CLI writes "1 new article", "1,234 new articles")
[[ "$imported" =~ imported\ [1-9][0-9,]*\ new\ article ]] \
    || { echo "ci.sh: the bundle's demo articles did not import" >&2; exit 1; }
"${app_env[@]}" "$scratch/home/.local/bin/khabarkhan" stats | head -n 1
desktop-file-validate "$scratch/data/applications/$APP_ID.desktop"
"${app_env[@]}" "$scratch/home/.local/opt/khabarkhan/uninstall.sh" >/dev/null
[[ ! -e "$scratch/home/.local/opt/khabarkhan" && ! -e "$scratch/home/.local/bin/khabarkhan" ]] \
    || { echo "ci.sh: uninstall.sh left files behind" >&2; exit 1; }
rm -f "$scratch/library.sqlite3"*
rm -rf "$scratch/unpacked"

# 6. A real window under Xvfb for 5 s.
step "bundle in a real X window (Xvfb) for 5 s"
display=""
for n in $(seq 99 120); do
    if [[ ! -e "/tmp/.X$n-lock" && ! -e "/tmp/.X11-unix/X$n" ]]; then display=":$n"; break; fi
done
[[ -n "$display" ]] || { echo "ci.sh: no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do  # ready when it answers a client, not just when its socket exists
    DISPLAY="$display" xwininfo -root >/dev/null 2>&1 && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
done
if ! DISPLAY="$display" xwininfo -root >/dev/null 2>&1; then
    echo "ci.sh: Xvfb did not start:" >&2; cat "$scratch/xvfb.log" >&2; exit 1
fi
# English (C locale), so the first-run dialog's title below is known.
"${app_env[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= \
    "$bundle/khabarkhan" >"$scratch/app.log" 2>&1 &
app_pid=$!
sleep 5
if ! kill -0 "$app_pid" 2>/dev/null; then
    wait "$app_pid" && code=0 || code=$?
    echo "ci.sh: the app exited within 5 s (status $code):" >&2
    cat "$scratch/app.log" >&2
    exit 1
fi
windows="$(DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -ci 'khabarkhan' || true)"
if [[ "$windows" -eq 0 ]]; then
    echo "ci.sh: the app runs but shows no Khabarkhan window:" >&2
    DISPLAY="$display" xwininfo -root -tree >&2 || true
    exit 1
fi
step "app alive after 5 s with $windows Khabarkhan X window(s)"
# First run on an empty library: the demo articles are offered.
if ! DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"Welcome to Khabarkhan"'; then
    echo "ci.sh: no first-run offer (\"Welcome to Khabarkhan\") on an empty library:" >&2
    DISPLAY="$display" xwininfo -root -tree >&2 || true
    exit 1
fi
# Nothing went wrong on the way (the windowed app's errors only reach its log file).
if grep -E " (ERROR|CRITICAL) |Traceback" "$scratch/log/khabarkhan.log" 2>/dev/null; then
    echo "ci.sh: errors in the app's log ($scratch/log/khabarkhan.log), above" >&2
    exit 1
fi
if [[ -s "$scratch/app.log" ]]; then
    echo "-- app output:"; cat "$scratch/app.log"
fi
step "packaging checks passed"
