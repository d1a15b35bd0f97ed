#!/usr/bin/env bash
# Draws jpackage/gan-explorer.png (256 x 256): eight dots on a ring, the ring8 data set every newcomer sees first,
# in the app's two colours (real points teal, the generator's orange), on a dark rounded tile.
# Needs ImageMagick's `convert`. Run it again only to change the design; the PNG is committed.
set -euo pipefail
cd "$(dirname "$0")"
args=()
for i in 0 1 2 3 4 5 6 7; do
  # centre 128,128, ring radius 78, dot radius 20; every other dot a generated (orange) one
  read -r x y < <(awk -v i="$i" 'BEGIN { a = i * 3.14159265 / 4; printf "%.1f %.1f\n", 128 + 78 * cos(a), 128 - 78 * sin(a) }')
  colour=$([ $((i % 2)) -eq 0 ] && echo '#2a9d8f' || echo '#f4a261')
  args+=(-fill "$colour" -draw "circle $x,$y $(awk -v x="$x" 'BEGIN { printf "%.1f", x + 20 }'),$y")
done
convert -size 256x256 xc:none -fill '#264653' -draw 'roundrectangle 8,8 247,247 40,40' \
  -fill none -stroke '#e9f5f3' -strokewidth 3 -draw 'circle 128,128 206,128' -stroke none \
  "${args[@]}" -strip gan-explorer.png
echo "wrote $(pwd)/gan-explorer.png"
