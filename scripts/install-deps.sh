#!/bin/sh
# Installs what Crosscheck needs: PCRE2's and SQLite's headers (libpcre2-dev, libsqlite3-dev, for GRDB); pcre2grep (pcre2-utils) for the benchmark's
# reference run; Python's jsonschema, with which the tests validate SARIF and report.json; and Chromium, in which
# a test renders the HTML report. Does nothing when they are already there.
set -eu
python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install -q jsonschema
missing=""
dpkg -s libpcre2-dev >/dev/null 2>&1 || missing="$missing libpcre2-dev"
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing="$missing libsqlite3-dev"
command -v pcre2grep >/dev/null 2>&1 || missing="$missing pcre2-utils"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=""; fi
echo "Installing:$missing" >&2
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
