#!/bin/sh
# Installs the system programs the tests use: Chromium (end-to-end tests and benchmarks), LibreOffice and
# poppler (Word documents rendered to PDF and read back) and Liberation fonts 2.x (metric-compatible with
# Times New Roman, with the Vietnamese letters). Debian or Ubuntu; needs root or sudo.
set -e
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  chromium fonts-liberation2 libreoffice-writer poppler-utils >/dev/null
echo "Test programs installed: $(chromium --version 2>/dev/null | head -n 1); $(libreoffice --version 2>/dev/null | head -n 1)"
