#!/usr/bin/env bash
# Build the Khabarkhan desktop bundle with PyInstaller, in a clean throw-away venv.
#
#   packaging/build.sh            -> dist/khabarkhan/khabarkhan  + dist/khabarkhan-<ver>-linux-<arch>.tar.gz
#   (on macOS)                    -> dist/Khabarkhan.app         + dist/Khabarkhan-<ver>.dmg
#
# Why a clean venv and not the dev one: PyInstaller bundles whatever the build environment
# offers (pytest, ruff, a local nltk_data, ...). The venv gets exactly the locked runtime
# dependencies plus the `build` group (PyInstaller) from uv.lock, and the project as a wheel.
# Needs: uv. Environment: KHABARKHAN_BUILD_DIR to keep the work folder (default: a temp dir).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$(date +%s)

if ! command -v uv >/dev/null 2>&1; then
    echo "build.sh: uv is required (https://docs.astral.sh/uv/)" >&2
    exit 2
fi

version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)
python_version=$(cat .python-version)

if [[ -n "${KHABARKHAN_BUILD_DIR:-}" ]]; then
    work="$KHABARKHAN_BUILD_DIR"
    mkdir -p "$work"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/khabarkhan-build.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
fi

echo "== clean venv in $work (Python $python_version)"
uv export --quiet --frozen --no-dev --group build --no-emit-project --no-hashes \
    --format requirements-txt --output-file "$work/requirements.txt"
rm -rf "$work/venv"
uv venv --quiet --python "$python_version" "$work/venv"
venv_python="$work/venv/bin/python"
uv pip install --quiet --python "$venv_python" -r "$work/requirements.txt"
uv pip install --quiet --python "$venv_python" --no-deps "$ROOT"

echo "== PyInstaller"
# The nltk hook is replaced (packaging/hooks/hook-nltk.py) so no nltk_data is copied; an empty
# NLTK_DATA keeps nltk itself from looking into the builder's home while the hooks run.
NLTK_DATA="$work/no-nltk-data" PYTHONNOUSERSITE=1 "$work/venv/bin/pyinstaller" \
    --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$work/pyinstaller" \
    packaging/khabarkhan.spec

case "$(uname -s)" in
    Darwin)
        bundle="$ROOT/dist/Khabarkhan.app"
        internal="$bundle/Contents/Resources"
        ;;
    *)
        bundle="$ROOT/dist/khabarkhan"
        internal="$bundle/_internal"
        ;;
esac

echo "== checks"
fail=0
check() { if ! eval "$1"; then echo "build.sh: check failed: $2" >&2; fail=1; fi; }
check '[[ -d "$internal/resources/fonts" ]]' "resources/ missing from the bundle"
check '[[ -f "$internal/resources/icons/khabarkhan.svg" ]]' "app icon missing from the bundle"
check '[[ -n "$(find "$internal/hazm/data" -name "*.dat" 2>/dev/null)" ]]' "hazm data files missing"
check '[[ -z "$(find "$bundle" -name nltk_data -print -quit)" ]]' "an nltk_data folder was bundled"
check '[[ -z "$(find "$bundle" -path "*huggingface_hub*" -print -quit)" ]]' "huggingface_hub was bundled"
if [[ "$(uname -s)" != Darwin ]]; then
    check '[[ -x "$bundle/khabarkhan" ]]' "executable dist/khabarkhan/khabarkhan missing"
fi
[[ $fail -eq 0 ]] || exit 1

if [[ "$(uname -s)" != Darwin ]]; then
    # The tarball installs itself: ./khabarkhan/install.sh (see packaging/linux/).
    app_id="io.github.khabarkhan.Khabarkhan"
    install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$bundle/"
    install -D -m 644 "packaging/linux/$app_id.desktop" "$bundle/share/applications/$app_id.desktop"
    install -D -m 644 "packaging/linux/$app_id.metainfo.xml" \
        "$bundle/share/metainfo/$app_id.metainfo.xml"
fi

case "$(uname -s)" in
    Darwin)
        "$ROOT/packaging/macos/make_dmg.sh" "$bundle" "$ROOT/dist/Khabarkhan-$version.dmg"
        artifact="$ROOT/dist/Khabarkhan-$version.dmg"
        ;;
    *)
        artifact="$ROOT/dist/khabarkhan-$version-linux-$(uname -m).tar.gz"
        tar -C "$ROOT/dist" --owner=0 --group=0 --numeric-owner -czf "$artifact" khabarkhan
        ;;
esac

size=$(du -sh "$bundle" | cut -f1)
echo "== done in $(( $(date +%s) - start )) s: $bundle ($size), $artifact ($(du -h "$artifact" | cut -f1))"
