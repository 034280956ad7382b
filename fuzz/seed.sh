#!/bin/sh
# Seeds the fuzz corpora (docs/fuzzing.md):
#   fuzz/corpus/course_module/  the bundled course's module files, every module
#                               file of the test fixtures, and every in.yaml of the
#                               YAML test suite;
#   fuzz/corpus/state_file/     tests/fixtures/state/*.json, the hand-written
#                               seeds in fuzz/seeds/state_file/ (odd positions and
#                               open attempts for the bundled course) and the fuzz
#                               regression inputs for the state file.
# YAML_TEST_SUITE overrides where the suite is (default ../shared/corpora/yaml-test-suite
# beside the repository).
set -eu
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
suite=${YAML_TEST_SUITE:-$root/../shared/corpora/yaml-test-suite}
course="$fuzz/corpus/course_module"
state="$fuzz/corpus/state_file"
mkdir -p "$course" "$state"

for f in "$root"/course/modules/*.yaml; do
    cp "$f" "$course/bundled-$(basename "$f")"
done
find "$root/tests/fixtures" -path '*/modules/*.yaml' | while read -r f; do
    name=$(echo "${f#"$root"/tests/fixtures/}" | tr '/' '_')
    cp "$f" "$course/fixture-$name"
done
if [ -d "$suite" ]; then
    find "$suite" -name in.yaml | while read -r f; do
        name=$(echo "${f#"$suite"/}" | tr '/' '_')
        cp "$f" "$course/suite-$name"
    done
else
    echo "seed.sh: no YAML test suite at $suite; seeding without it" >&2
fi
for f in "$root"/tests/fixtures/fuzz/course_module-*; do
    [ -e "$f" ] && cp "$f" "$course/"
done

for f in "$root"/tests/fixtures/state/*.json; do
    cp "$f" "$state/fixture-$(basename "$f")"
done
for f in "$fuzz"/seeds/state_file/*; do
    cp "$f" "$state/seed-$(basename "$f")"
done
for f in "$root"/tests/fixtures/fuzz/state_file-*; do
    [ -e "$f" ] && cp "$f" "$state/"
done

echo "course_module: $(ls "$course" | wc -l) inputs; state_file: $(ls "$state" | wc -l) inputs"
