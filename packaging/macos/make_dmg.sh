#!/usr/bin/env bash
# Pack Khabarkhan.app into a drag-to-install disk image (macOS only; uses hdiutil).
#
#   packaging/macos/make_dmg.sh [dist/Khabarkhan.app] [dist/Khabarkhan-<version>.dmg]
#
# packaging/build.sh calls this after PyInstaller on macOS. The .app is ad-hoc signed so it
# runs on Apple Silicon; for distribution outside your own machines sign it with a Developer ID
# and notarize it (see packaging/README.md) before running this script.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
app="${1:-$ROOT/dist/Khabarkhan.app}"
dmg="${2:-$ROOT/dist/Khabarkhan-$version.dmg}"

if [[ "$(uname -s)" != Darwin ]]; then
    echo "make_dmg.sh: needs macOS (hdiutil)" >&2
    exit 2
fi
if [[ ! -d "$app/Contents/MacOS" ]]; then
    echo "make_dmg.sh: no app bundle at $app (run packaging/build.sh first)" >&2
    exit 1
fi

# Ad-hoc signature unless the app already carries a real one.
if ! codesign --verify --deep --strict "$app" 2>/dev/null; then
    codesign --force --deep --sign - "$app"
fi

staging="$(mktemp -d "${TMPDIR:-/tmp}/khabarkhan-dmg.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "Khabarkhan $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "make_dmg.sh: $dmg ($(du -h "$dmg" | cut -f1))"
