#!/bin/sh
# Run by the build (Planner.csproj, target InstallDocumentFonts): the printed documents need DejaVu Sans
# (Latin, Cyrillic) and LXGW WenKai (Chinese: TrueType outlines, with a bold) from Debian, and hyphenate
# long words with the patterns of hyphen-ru and hyphen-en-us (without them, such a word breaks between
# letters). When they are
# missing and the build runs as root on Debian (a fresh machine), they are installed once, so
# `dotnet run --project src/Planner` prints in all three languages; otherwise this only says what to
# install. Never fails the build.
set -u
missing=""
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$missing fonts-dejavu-core"
[ -f /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf ] || missing="$missing fonts-lxgw-wenkai"
[ -f /usr/share/hyphen/hyph_ru_RU.dic ] || missing="$missing hyphen-ru"
[ -f /usr/share/hyphen/hyph_en_US.dic ] || missing="$missing hyphen-en-us"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Planner: installing$missing for the printed documents"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1; } \
    || echo "Planner: could not install$missing; documents that need them are refused with 503 until they are installed"
else
  echo "Planner: the printed documents need the Debian packages$missing (apt-get install$missing)"
fi
exit 0
