#!/bin/sh
# Regenerate data/thai-words/libthai-words.txt from Debian's libthai-data (LGPL-2.1+).
# Needs: apt-get (Debian), trietool from libdatrie1-bin. Run once; commit the output.
set -eu
OUT="${1:-$(dirname "$0")/libthai-words.txt}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
command -v trietool >/dev/null || apt-get install -y libdatrie1-bin
( cd "$TMP" && apt-get download libthai-data )
dpkg-deb -x "$TMP"/libthai-data_*.deb "$TMP/x"
VER=$(dpkg-deb -f "$TMP"/libthai-data_*.deb Version)
# trietool converts the trie's alphabet to the locale's charset: a UTF-8 locale is required
# (under LC_ALL=C it prints empty words).
LC_ALL=C.UTF-8 trietool -p "$TMP/x/usr/share/libthai" thbrk list | cut -f1 | LC_ALL=C sort -u > "$TMP/words"
{
  echo "# Thai word-break dictionary of libthai $VER (Debian package libthai-data, file /usr/share/libthai/thbrk.tri),"
  echo "# dumped with: LC_ALL=C.UTF-8 trietool -p /usr/share/libthai thbrk list | cut -f1 | LC_ALL=C sort -u"
  echo "# Copyright 2001-2021 Theppitak Karoonboonyanan and libthai contributors. Licence: LGPL-2.1-or-later (see LICENSE-libthai.txt)."
  cat "$TMP/words"
} > "$OUT"
cp "$TMP/x/usr/share/doc/libthai-data/copyright" "$(dirname "$OUT")/COPYRIGHT-libthai-data.debian"
echo "wrote $OUT: $(grep -vc '^#' "$OUT") words, libthai-data $VER"
