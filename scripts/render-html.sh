#!/bin/sh
# Renders an HTML report with headless Chromium: a PNG screenshot and the page's text as the browser sees it.
# Usage: scripts/render-html.sh REPORT.html OUT.png OUT.txt
set -eu
html=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "render-html: no Chromium found (apt-get install chromium)" >&2; exit 3; }
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions"
# shellcheck disable=SC2086
"$browser" $flags --window-size=1000,1400 --screenshot="$2" "file://$html" >/dev/null 2>&1
# shellcheck disable=SC2086
"$browser" $flags --dump-dom "file://$html" 2>/dev/null | python3 -c '
import html, re, sys
text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", sys.stdin.read(), flags=re.S)
print(html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))).strip())' > "$3"
python3 "$(dirname "$0")/png-not-blank.py" "$2"
