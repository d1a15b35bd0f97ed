#!/usr/bin/env bash
# Makes IMAGE/lib/app/gan-explorer.jsa, the app's class-data-sharing archive: the classes a start of the app
# loads (JavaFX, ND4J, Jackson, the app's own), dumped at the exit of a run of the image itself, so the class
# path recorded in it is the launcher's. The launcher reads it with -XX:SharedArchiveFile (java-options.txt).
# With xvfb-run the run is the desktop app (shown, trained for 20 s so that ND4J's first steps are in it even on a
# loaded machine, where the first step came 16 s after the window; closed by -Dganexplorer.report and
# -Dganexplorer.quitAfterReport); without it the CLI's (a 20-step train run).
# Usage: jpackage/cds.sh IMAGE_DIR
set -euo pipefail
image=${1:?usage: cds.sh IMAGE_DIR}
cfg=$image/lib/app/gan-explorer.cfg
archive=$image/lib/app/gan-explorer.jsa
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
# The launcher's own options name the archive as the one to read; while it is being written they must not.
cp "$cfg" "$work/cfg"
grep -v -e 'SharedArchiveFile' -e 'Xshare' "$work/cfg" > "$cfg"
dump="-XX:ArchiveClassesAtExit=$archive -Djava.util.prefs.userRoot=$work/prefs -Dganexplorer.home=$work/home"
if command -v xvfb-run >/dev/null; then
  JAVA_TOOL_OPTIONS="$dump -Dganexplorer.report=20 -Dganexplorer.quitAfterReport=true -Dganexplorer.preset=ring-wgan-gp" \
    timeout 300 xvfb-run -a -s "-screen 0 1280x720x24" "$image/bin/gan-explorer" > "$work/log" 2>&1 || true
else
  JAVA_TOOL_OPTIONS="$dump" timeout 300 "$image/bin/gan-explorer" train --preset ring-wgan-gp --steps 20 \
    --out "$work/run" > "$work/log" 2>&1 || true
fi
cp "$work/cfg" "$cfg"
if [ -s "$archive" ]; then
  echo "AppCDS archive: $(du -h "$archive" | cut -f1) ($(grep -m1 REPORT "$work/log" || echo 'CLI run'))"
  if grep -q '^REPORT.* steps=0$' "$work/log"; then
    echo "warning: the archived run took no training step, so ND4J's training classes are not in the archive" >&2
  fi
else
  echo "no AppCDS archive was written; the app starts without one. The run said:" >&2
  tail -20 "$work/log" >&2
fi
