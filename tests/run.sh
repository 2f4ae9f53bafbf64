#!/usr/bin/env bash
# The test command of the README: installs what the tests need on a fresh Debian machine
# (when run as root and something is missing), then builds and runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: ICU (Russian/Chinese collation), a real SMTP server,
# Chromium for browser tests, poppler-utils to render PDFs and list their fonts, fonts for documents
# (DejaVu, LXGW WenKai) and for Chinese pages in Chromium (Noto CJK), hyphenation patterns for documents, PostgreSQL
# (the tests start their own cluster with initdb/pg_ctl as the postgres user; the service Debian starts is not used).
# One package a line, so that changes to the list merge cleanly.
packages=(
  libicu72
  python3-aiosmtpd
  dovecot-imapd
  chromium
  poppler-utils
  fonts-noto-cjk
  fonts-lxgw-wenkai
  fonts-dejavu-core
  hyphen-ru
  hyphen-en-us
  zbar-tools
  postgresql
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages (run as root to install them): ${missing[*]}" >&2
  fi
fi

dotnet test Planner.sln --logger "console;verbosity=normal" "$@"
