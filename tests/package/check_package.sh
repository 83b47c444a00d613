#!/usr/bin/env bash
# Builds the Debian package from a build folder and checks it as a user would meet
# it: its metadata and contents, lintian, the desktop file and AppStream metadata
# validators (each when installed), then the extracted program itself: --version,
# an import/export round trip, and --help consistent with the manual page.
#   check_package.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$1 src=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/out/taskdesk_*.deb)
echo "package: $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = taskdesk ] && pass "name" || fail "package name is $(field Package)"
[ "$(field Version)" = "$version" ] && pass "version $version" || fail "version $(field Version), project says $version"
[ -n "$(field Maintainer)" ] && pass "maintainer" || fail "no maintainer"
[ "$(field Section)" = utils ] && pass "section" || fail "section $(field Section)"
depends=$(field Depends)
for needed in libqt6sql6-sqlite libqt6svg6 libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libical3 libqt6keychain1; do
    grep -q "\b$needed\b" <<<"$depends" && pass "depends on $needed" || fail "Depends lacks $needed: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/taskdesk \
            ./usr/share/applications/org.taskdesk.Taskdesk.desktop \
            ./usr/share/metainfo/org.taskdesk.Taskdesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/taskdesk.svg \
            ./usr/share/icons/hicolor/48x48/apps/taskdesk.png \
            ./usr/share/icons/hicolor/256x256/apps/taskdesk.png \
            ./usr/share/man/man1/taskdesk.1.gz \
            ./usr/share/doc/taskdesk/copyright \
            ./usr/share/doc/taskdesk/changelog.gz; do
    grep -qx "$path" <<<"$contents" && pass "contains $path" || fail "missing $path"
done

mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
root=$work/root
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/org.taskdesk.Taskdesk.desktop" \
        && pass "desktop-file-validate" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.taskdesk.Taskdesk.metainfo.xml" \
        && pass "appstreamcli validate" || fail "appstreamcli validate"
fi
if command -v lintian >/dev/null; then
    # Errors fail the test; warnings are printed for the reader.
    lintian --fail-on error "$deb" && pass "lintian: no errors" || fail "lintian errors"
fi

app=$root/usr/bin/taskdesk
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
"$app" --version | grep -qx "taskdesk $version" && pass "--version" || fail "--version says: $("$app" --version)"
"$app" --database "$work/a.sqlite" --import "$src/tests/data/import-both.json" >/dev/null \
    && "$app" --database "$work/a.sqlite" --export "$work/out.json" >/dev/null \
    && "$app" --database "$work/b.sqlite" --import "$work/out.json" >/dev/null \
    && "$app" --database "$work/b.sqlite" --export "$work/again.json" >/dev/null \
    && cmp -s "$work/out.json" "$work/again.json" \
    && pass "import/export round trip" || fail "import/export round trip"
python3 - "$src/tests/data/import-both.json" "$work/out.json" <<'PY' && pass "every record exported" || fail "records lost in the round trip"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if all(len(a.get(k, [])) == len(b.get(k, [])) for k in ("svctasks", "series")) else 1)
PY

# Every option of --help is in the manual page, and the other way round.
help_options=$("$app" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
man_options=$(gzip -dc "$root/usr/share/man/man1/taskdesk.1.gz" | sed 's/\\-/-/g' | grep -o -- '--[a-z][a-z-]*' | sort -u)
[ "$help_options" = "$man_options" ] && pass "--help and the manual page name the same options" \
    || fail "--help: $(echo $help_options) / man: $(echo $man_options)"
if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$root/usr/share/man/man1/taskdesk.1.gz" >/dev/null 2>"$work/man.err" && [ ! -s "$work/man.err" ] \
        && pass "the manual page renders" || fail "man: $(cat "$work/man.err")"
fi

echo "$failures failed"
[ "$failures" -eq 0 ]
