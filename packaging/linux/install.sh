#!/usr/bin/env bash
# Per-user install of the Khabarkhan Linux bundle: no root, nothing outside your home.
#
#   ./install.sh                 (from an unpacked khabarkhan-*.tar.gz: installs that bundle)
#   packaging/linux/install.sh [BUNDLE_DIR]   (from the repo: default dist/khabarkhan)
#
# Puts the bundle in ~/.local/opt/khabarkhan, a `khabarkhan` link in ~/.local/bin, the desktop
# entry, AppStream metainfo and hicolor icons under ~/.local/share (XDG_DATA_HOME). Installing
# again upgrades in place. Your library, settings and logs are separate and are never touched.
set -euo pipefail

APP_ID="io.github.khabarkhan.Khabarkhan"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [[ $# -ge 1 ]]; then
    bundle="$1"
elif [[ -x "$here/khabarkhan" && -d "$here/_internal" ]]; then
    bundle="$here"
else
    bundle="$here/../../dist/khabarkhan"
fi
if [[ ! -x "$bundle/khabarkhan" || ! -d "$bundle/_internal" ]]; then
    echo "install.sh: no Khabarkhan bundle at $bundle (build one with packaging/build.sh)" >&2
    exit 1
fi
bundle="$(cd "$bundle" && pwd)"

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt_dir="${KHABARKHAN_OPT_DIR:-$HOME/.local/opt}"
bin_dir="${KHABARKHAN_BIN_DIR:-$HOME/.local/bin}"
target="$opt_dir/khabarkhan"

find_data() {  # the file inside the bundle's share/ (tarball) or beside this script (repo)
    local rel="$1" name
    name="$(basename "$rel")"
    if [[ -f "$bundle/share/$rel" ]]; then echo "$bundle/share/$rel"
    elif [[ -f "$here/$name" ]]; then echo "$here/$name"
    else echo "install.sh: $name not found" >&2; exit 1
    fi
}
desktop_src="$(find_data "applications/$APP_ID.desktop")"
metainfo_src="$(find_data "metainfo/$APP_ID.metainfo.xml")"
icons_src="$bundle/_internal/resources/icons"

# 1. The bundle: copy next to the old one, then swap, so a failed copy leaves the old install.
mkdir -p "$opt_dir"
if [[ "$bundle" != "$target" ]]; then
    rm -rf "$target.new" "$target.old"
    cp -a "$bundle" "$target.new"
    if [[ -e "$target" ]]; then mv "$target" "$target.old"; fi
    mv "$target.new" "$target"
    rm -rf "$target.old"
fi

# 2. The command-line launcher.
mkdir -p "$bin_dir"
ln -sfn "$target/khabarkhan" "$bin_dir/khabarkhan"

# 3. Desktop entry with the absolute path (~/.local/bin is not on every desktop session's PATH).
exe="$target/khabarkhan"
quoted="$(printf '%s' "$exe" | sed -e 's/[\\"`$]/\\\\&/g')"  # desktop-entry quoting rules
mkdir -p "$data_home/applications"
while IFS= read -r line || [[ -n "$line" ]]; do
    case "$line" in
        "Exec=khabarkhan "*) printf 'Exec="%s" %s\n' "$quoted" "${line#Exec=khabarkhan }" ;;
        "TryExec=khabarkhan") printf 'TryExec=%s\n' "$exe" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$desktop_src" > "$data_home/applications/$APP_ID.desktop"

# 4. AppStream metainfo (software centres) and icons.
mkdir -p "$data_home/metainfo"
cp "$metainfo_src" "$data_home/metainfo/$APP_ID.metainfo.xml"
for png in "$icons_src"/hicolor/*/apps/"$APP_ID.png"; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$png" "$data_home/icons/hicolor/$size/apps/$APP_ID.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$icons_src/khabarkhan.svg" "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"

# 5. Refresh the desktop's caches when the tools exist (menus pick the entry up without them,
#    just later).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$data_home/icons/hicolor" || true
fi

echo "Khabarkhan installed in $target"
echo "  menu entry: $data_home/applications/$APP_ID.desktop"
echo "  command:    $bin_dir/khabarkhan"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "  note: $bin_dir is not on your PATH; the menu entry works anyway." ;;
esac
