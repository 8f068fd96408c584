#!/usr/bin/env bash
# Lighthouse (npm) on one page of each kind of a site, mobile preset, driving Debian's Chromium.
# Builds the site for a loopback address, serves it, writes target/lighthouse/<kind>.json and prints
# the four category scores. Not part of the test command: run it by hand after changing templates.
#   scripts/lighthouse.sh [PROJECT_DIR]   (default: this repository's seed site; a folder with its own
#                                          content/, such as a make_corpus.py corpus, is built instead)
# Needs node/npm, chromium, python3 and target/khatt.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
project=$(cd "${1:-.}" && pwd)
port=${LIGHTHOUSE_PORT:-8765}
tools=${LIGHTHOUSE_TOOLS:-target/lighthouse-tools}
out=target/lighthouse
site=target/lighthouse-site
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --silent --no-audit --no-fund lighthouse@13.5.0)
fi
rm -rf "$site"
(cd "$project" && java -jar "$repo/target/khatt.jar" build --out "$repo/$site" --base-url "http://127.0.0.1:$port/" >/dev/null)
mkdir -p "$out"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
sleep 1
kill -0 "$server" 2>/dev/null || { echo "port $port is taken: set LIGHTHOUSE_PORT to a free one" >&2; exit 1; }
trap 'kill "$server"' EXIT
# The first page of each kind that this site has (paged sites have year pages, and month pages for
# years of more than a page of events).
first() { (cd "$site" && ls -d $1 2>/dev/null | sort | head -n 1); }
declare -A pages=([index]="" [topics]="topics/" [topic]="$(first 'topics/*/')" [event]="$(first 'events/*/')"
                  [year]="$(first 'years/*/')" [month]="$(first 'years/*/*/')" [not-found]="404.html")
for kind in index year month topics topic event not-found; do
  [ "$kind" = index ] || [ -n "${pages[$kind]}" ] || continue
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/${pages[$kind]}" \
    --quiet --output=json --output-path="$out/$kind.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    const s = k => Math.round(c[k].score * 100);
    console.log(process.argv[2].padEnd(10), "performance", s("performance"), " accessibility", s("accessibility"),
      " best-practices", s("best-practices"), " seo", s("seo"));
    for (const k of Object.keys(c)) for (const ref of c[k].auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("    ", k, a.id, a.score, a.displayValue || "");
    }' "$PWD/$out/$kind.json" "$kind"
done
