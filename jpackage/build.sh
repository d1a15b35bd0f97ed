#!/usr/bin/env bash
# Builds the installable app from target/app (the jar and its lib/, made by `mvn package`):
#   target/jpackage/gan-explorer/         a Linux app-image (bin/gan-explorer, lib/runtime, lib/app)
#   target/jpackage/gan-explorer_*.deb    the Debian package of that image
# `mvn -Pjpackage package` runs it after the jar is made (the one documented command; README "Install").
# Needs JDK 17's jlink and jpackage, and for the .deb fakeroot and binutils (objdump). Optional: xvfb-run, for
# the class-data-sharing archive's GUI part (without it the archive holds the CLI's classes only).
#
# Usage: jpackage/build.sh VERSION          (VERSION as in the pom; a -SNAPSHOT suffix is dropped for the package)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
app=$root/target/app
out=$root/target/jpackage
version=${1:?usage: jpackage/build.sh VERSION}
version=${version%-SNAPSHOT}
name=gan-explorer
jdk_bin=$(dirname "$(readlink -f "$(command -v jpackage)")")

[ -f "$app/$name.jar" ] || { echo "no $app/$name.jar: run mvn package first" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/input/natives"
started=$(date +%s)
step() { echo "[jpackage/build.sh $(( $(date +%s) - started ))s] $*"; }

# 1. The app's files. ND4J's native library (323 MB, unpacked per user into ~/.javacpp/cache at every first start
#    when it ships inside its jar) is unpacked here once, stripped of its symbol table, and loaded from the app's
#    own folder (the launcher's -Djava.library.path with pathsFirst); the jar keeps its classes only.
step "staging $app"
cp "$app/$name.jar" "$out/input/"
cp -r "$app/lib" "$out/input/lib"
nd4j_native=$(ls "$out"/input/lib/nd4j-native-[0-9]*-linux-x86_64.jar)
natives=org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64
unzip -q -j "$nd4j_native" "$natives/*.so*" -d "$out/input/natives"
strip --strip-unneeded "$out/input/natives/libnd4jcpu.so"
zip -q -d "$nd4j_native" "$natives/*.so*" >/dev/null
# Platform aggregator jars hold no classes; unused-jars.txt lists the jars the app never touches (and how that was found).
rm -f "$out"/input/lib/*-platform-*.jar
while IFS= read -r pattern; do
  [[ -z "$pattern" || "$pattern" == \#* ]] || rm -f "$out"/input/lib/$pattern
done < "$here/unused-jars.txt"

# 2. A Java runtime of only the modules the app uses (jpackage/modules.txt says how they were found).
step "jlink"
modules=$(grep -v '^#' "$here/modules.txt" | tr -d ' \n')
"$jdk_bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --include-locales=en,zh --generate-cds-archive --output "$out/runtime"
# jlink's CDS archives: the launcher's 512 MB heap uses compressed oops, so the archive for heaps without them is dead.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

# 3. The app-image: the launcher's Java options live in jpackage/java-options.txt (one a line).
step "app-image"
java_options=()
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] || java_options+=(--java-options "$line")
done < "$here/java-options.txt"
common=(--name "$name" --app-version "$version" --vendor "GAN Explorer" --copyright "GAN Explorer contributors"
  --description "$(cat "$here/description.txt")")
"$jdk_bin/jpackage" --type app-image "${common[@]}" --dest "$out" --input "$out/input" --main-jar "$name.jar" \
  --main-class ganexplorer.Main --runtime-image "$out/runtime" --icon "$here/$name.png" "${java_options[@]}"
image=$out/$name
cp "$here/$name.png" "$image/lib/$name.png"

# 4. Class-data sharing: the classes a start loads, archived from runs of the image itself (see jpackage/cds.sh).
#    This archive serves the app-image where it was built; the .deb gets its own in step 6.
step "AppCDS archive"
"$here/cds.sh" "$image"

# 5. The .deb: menu entry "GAN Explorer" (Education; jpackage/resources/gan-explorer.desktop), the .ganx file type,
#    the licence. Installs into /opt/gan-explorer and puts /usr/bin/gan-explorer on the PATH (resources/postinst).
#    Compression: dpkg-deb's default, xz -6, took 18 of the 20.6 min this script used to take; zstd -3 on two threads
#    packs the same 497 MB into 167 MB in 3 s (xz: 138 MB; gzip -1: 232 MB in 11 s; README "Install"). zstd .debs
#    need dpkg 1.21.18 or later (Debian 12, Ubuntu 21.10); DPKG_DEB_COMPRESSOR_TYPE=xz jpackage/build.sh VERSION
#    makes one for older systems. jpackage runs dpkg-deb under fakeroot, which passes the environment on.
#    Depends: jpackage adds the packages of the libraries the bundled .so files link against (objdump, dpkg -S on
#    the build machine); JavaFX opens GTK 3 with dlopen, so libgtk-3-0 is named here, and libopenblas0-pthread is the
#    faster system OpenBLAS the app prefers (ganexplorer.train.SystemOpenBlas).
step "deb"
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-zstd}
[ "$DPKG_DEB_COMPRESSOR_TYPE" != zstd ] || export DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-3}
"$jdk_bin/jpackage" --type deb "${common[@]}" --dest "$out" --app-image "$image" \
  --resource-dir "$here/resources" --license-file "$here/LICENSE.txt" \
  --file-associations "$here/ganx.properties" \
  --linux-shortcut --linux-menu-group Education --linux-app-category education \
  --linux-deb-maintainer "gan-explorer@users.noreply.github.com" \
  --linux-package-deps "libopenblas0-pthread, libgtk-3-0"
# 6. The .deb's own AppCDS archive. JDK 17 uses an archive only when the class path and the jars' modification
#    times are those of the dump, and jpackage copies the image into the .deb with new times, so the archive of
#    step 4 would be ignored in /opt. The .deb is unpacked (its files get the times it stores), mounted at
#    /opt/gan-explorer in a private mount namespace (nothing outside sees it), archived there and packed again.
#    Measured on the image: window 1.7 s instead of 3.4 s, first step 10.3 s instead of 15.8 s (README "Install").
#    Without mount namespaces (unshare needs root or user namespaces) the .deb ships without an archive.
step "AppCDS archive for /opt"
deb=$(ls "$out"/"${name}"_*.deb)
stage=$out/deb-stage
rm -rf "$stage"
dpkg-deb -R "$deb" "$stage"
rm -f "$stage/opt/$name/lib/app/$name.jsa"
ns=()
if [ "$(id -u)" = 0 ] && unshare --mount true 2>/dev/null; then ns=(unshare --mount)
elif unshare --user --map-root-user --mount true 2>/dev/null; then ns=(unshare --user --map-root-user --mount); fi
if [ ${#ns[@]} -gt 0 ]; then
  "${ns[@]}" bash -c 'mount --make-rprivate / && mount --bind "$1/opt" /opt && "$2/cds.sh" /opt/gan-explorer' _ "$stage" "$here"
else
  echo "no mount namespace (unshare): the .deb has no AppCDS archive and starts without one" >&2
fi
# Installed-Size (kB) as dpkg computes it, now with the archive.
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$stage/DEBIAN/control"
rm -f "$deb"
fakeroot dpkg-deb --root-owner-group -b "$stage" "$deb" >/dev/null
rm -rf "$stage"
step "done"
ls -l "$out"/*.deb
du -sh "$image"
