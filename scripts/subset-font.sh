#!/usr/bin/env bash
# Rebuilds templates/assets/fonts/naskh-{400,700}.woff2 (and their TrueType copies for the share cards): Noto Naskh Arabic (OFL) from the npm package
# @fontsource/noto-naskh-arabic, cut down to the Arabic letters, marks, digits and punctuation that
# Arabic news text uses (about 16 KB a weight). Needs npm and Debian's python3-fonttools and python3-brotli.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @fontsource/noto-naskh-arabic@5.3.0 >/dev/null && tar xzf ./*.tgz)
unicodes="U+0600-0605,U+060C-061F,U+0621-065F,U+0660-066D,U+0670,U+06D4,U+200C-200F,U+25CC,U+FD3E-FD3F"
for weight in 400 700; do
  /usr/bin/python3 -m fontTools.subset "$work/package/files/noto-naskh-arabic-arabic-$weight-normal.woff2" \
    --unicodes="$unicodes" --layout-features='*' --flavor=woff2 --no-hinting --desubroutinize \
    --output-file="templates/assets/fonts/naskh-$weight.woff2"
done
cp "$work/package/LICENSE" templates/assets/fonts/OFL.txt
# The same subsets as TrueType, for the share cards drawn in Java2D (which cannot read WOFF2).
for weight in 400 700; do
  /usr/bin/python3 -c 'import sys; from fontTools.ttLib import TTFont; f = TTFont(sys.argv[1]); f.flavor = None; f.save(sys.argv[2])' \
    "templates/assets/fonts/naskh-$weight.woff2" "src/main/resources/khatt/fonts/naskh-$weight.ttf"
done
cp "$work/package/LICENSE" src/main/resources/khatt/fonts/OFL.txt
ls -l templates/assets/fonts
