#!/bin/sh
# Install Kontaktbuch's desktop entry, AppStream metainfo and icons, so that the
# app appears in the desktop's menu with its own icon.
#
#   sh packaging/install-linux.sh                  # for you: ~/.local/share
#   sudo sh packaging/install-linux.sh --prefix /usr/local/share   # for everyone
#   sh packaging/install-linux.sh --uninstall      # remove them again
#
# The `kontaktbuch` command itself comes from `pip install .` (or pipx) or from
# the PyInstaller bundle (put its folder's `kontaktbuch` on your PATH).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
app_id=de.kontaktbuch.Kontaktbuch
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
uninstall=no
refresh=yes

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) uninstall=yes; shift ;;
    --no-cache) refresh=no; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

files="applications/$app_id.desktop metainfo/$app_id.metainfo.xml icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
  files="$files icons/hicolor/${size}x${size}/apps/$app_id.png"
done

if [ "$uninstall" = yes ]; then
  for f in $files; do rm -f "$prefix/$f"; done
  echo "removed Kontaktbuch's desktop files from $prefix"
else
  install -Dm644 "$here/linux/$app_id.desktop" "$prefix/applications/$app_id.desktop"
  install -Dm644 "$here/linux/$app_id.metainfo.xml" "$prefix/metainfo/$app_id.metainfo.xml"
  install -Dm644 "$root/resources/icons/kontaktbuch.svg" \
    "$prefix/icons/hicolor/scalable/apps/$app_id.svg"
  for size in 16 22 24 32 48 64 128 256; do
    install -Dm644 "$root/resources/icons/hicolor/${size}x${size}/apps/$app_id.png" \
      "$prefix/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  echo "installed Kontaktbuch's desktop entry, metainfo and icons into $prefix"
fi

if [ "$refresh" = yes ]; then
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$prefix/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$prefix/icons/hicolor" 2>/dev/null || true
fi
exit 0
