#!/usr/bin/env bash
# Builds the .deb from a configured build tree and checks it as Debian would:
# lintian (no errors or warnings), desktop-file-validate, appstreamcli, and the packaged
# ascolto-cli runs from the unpacked tree. Run by ctest (test "package").
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/ascolto_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

lintian --tag-display-limit 0 --fail-on error,warning "$deb"
desktop-file-validate "$src/installer/linux/org.ascolto.Ascolto.desktop"
appstreamcli validate --no-net --pedantic "$src/installer/linux/org.ascolto.Ascolto.metainfo.xml" > /dev/null

dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/ascolto usr/bin/ascolto-cli usr/share/man/man1/ascolto.1.gz \
         usr/share/man/man1/ascolto-cli.1.gz usr/share/doc/ascolto/copyright \
         usr/share/doc/ascolto/changelog.Debian.gz \
         usr/share/applications/org.ascolto.Ascolto.desktop \
         usr/share/metainfo/org.ascolto.Ascolto.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.ascolto.Ascolto.svg; do
    [ -e "$work/root/$f" ] || { echo "missing from the package: $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "Depends lacks libqt6sql6-sqlite"; exit 1; }
version=$("$work/root/usr/bin/ascolto-cli" --version)
[ "$version" = "ascolto-cli $(dpkg-deb -f "$deb" Version | cut -d- -f1)" ] || { echo "unexpected: $version"; exit 1; }
echo "package OK: $version"
