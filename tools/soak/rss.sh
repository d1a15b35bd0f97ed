#!/usr/bin/env bash
# Runs a command for MINUTES and samples its resident memory every 30 s: the soak behind "RSS stays flat".
# usage (from the project root, after mvn package): tools/soak/rss.sh MINUTES OUT.tsv -- COMMAND...
#   app:  tools/soak/rss.sh 30 /tmp/app-ring.tsv -- xvfb-run -a -s "-screen 0 1280x720x24" java -jar target/app/gan-explorer.jar
#   CLI:  tools/soak/rss.sh 30 /tmp/cli-dcgan.tsv -- java -jar target/app/gan-explorer.jar train --preset digits-dcgan --steps 100000 --out /tmp/soak
# Prints "minute rss_mb" rows; the java process is found under the command (xvfb-run starts it as a child).
set -eu
minutes=${1:?minutes}; out=${2:?output file}; shift 2
[ "${1:-}" = "--" ] && shift
"$@" > "${out%.tsv}.log" 2>&1 &
top=$!
end=$(( $(date +%s) + minutes * 60 ))
start=$(date +%s)
echo -e "minute\trss_mb" > "$out"
java_pid() { # the java process at or below $top
  local p
  for p in $top $(pgrep -P $top) $(pgrep -P "$(pgrep -P $top | tr '\n' ',' | sed 's/,$//')" 2>/dev/null); do
    [ "$(cat /proc/$p/comm 2>/dev/null)" = java ] && { echo $p; return; }
  done
}
while [ "$(date +%s)" -lt "$end" ] && kill -0 $top 2>/dev/null; do
  sleep 30
  p=$(java_pid || true)
  [ -n "$p" ] || continue
  kb=$(awk '/VmRSS/ {print $2}' /proc/$p/status 2>/dev/null || echo 0)
  printf "%.1f\t%d\n" "$(echo "($(date +%s) - $start) / 60" | bc -l)" $((kb / 1024)) >> "$out"
done
pkill -TERM -P $top 2>/dev/null || true
kill -TERM $top 2>/dev/null || true
wait $top 2>/dev/null || true
cat "$out"
