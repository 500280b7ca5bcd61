#!/usr/bin/env bash
# Remove a per-user Khabarkhan install made by install.sh.
# Your library, settings and logs stay where they are (their folders are printed at the end);
# delete them yourself if you want them gone.
set -euo pipefail

APP_ID="io.github.khabarkhan.Khabarkhan"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt_dir="${KHABARKHAN_OPT_DIR:-$HOME/.local/opt}"
bin_dir="${KHABARKHAN_BIN_DIR:-$HOME/.local/bin}"
target="$opt_dir/khabarkhan"

# The launcher link, only if it points into our install (never someone else's khabarkhan).
link="$bin_dir/khabarkhan"
if [[ -L "$link" && "$(readlink "$link")" == "$target/khabarkhan" ]]; then
    rm -f "$link"
fi

rm -f "$data_home/applications/$APP_ID.desktop" \
      "$data_home/metainfo/$APP_ID.metainfo.xml" \
      "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$data_home"/icons/hicolor/*/apps/"$APP_ID.png"; do
    [[ -e "$png" ]] && rm -f "$png"
done

# The bundle itself: only a folder that really is a Khabarkhan bundle.
if [[ -x "$target/khabarkhan" && -d "$target/_internal" ]]; then
    rm -rf "$target"
fi
rmdir "$opt_dir" 2>/dev/null || true

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -d "$data_home/icons/hicolor" ]]; then
    gtk-update-icon-cache -q -f -t "$data_home/icons/hicolor" 2>/dev/null || true
fi

echo "Khabarkhan removed."
state_home="${XDG_STATE_HOME:-$HOME/.local/state}"
config_home="${XDG_CONFIG_HOME:-$HOME/.config}"
echo "Kept: your library in $data_home/khabarkhan, settings in $config_home/Khabarkhan,"
echo "logs in $state_home/khabarkhan."
