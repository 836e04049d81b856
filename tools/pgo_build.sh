#!/usr/bin/env bash
# Build pyglass with profile-guided optimization (PGO), as CPython's release builds are made.
#
#   bash tools/pgo_build.sh            # -> target/pgo/release/pyglass
#
# Exit status 3: rustup's llvm-tools component (llvm-profdata) cannot be installed here.
#
# 1. An instrumented binary (`-Cprofile-generate`) is built in target/pgo-gen.
# 2. It runs the training corpus, benches/training/*.py: plainly, under the exact and the
#    sampling profiler, and under the line debugger with a breakpoint that is never hit (so the
#    observed loops are trained too, not left as cold code).
#    The corpus is kept apart from the benchmark programs in benches/programs/, so that the
#    build is not trained on what it is measured with (see benches/training/README.md).
# 3. `llvm-profdata merge` (from rustup's `llvm-tools` component) merges the counts, and the
#    release build is made again with `-Cprofile-use` in target/pgo.
# 4. The optimized binary runs the benchmark programs, whose output must be CPython's.
#
# Each step uses its own target directory, so the ordinary `cargo build --release` in
# target/release is left alone. Expect about three release builds' time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
data="$root/target/pgo-data"

rustup component add llvm-tools >/dev/null 2>&1 || true
sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    echo "pgo_build: llvm-profdata not found at $profdata (rustup component add llvm-tools)" >&2
    exit 3
fi

# One codegen unit: LLVM sees the whole crate at once when it inlines and lays out the run
# loop. Measured side by side on the 13 classic programs (best of 5 user times): geometric
# mean 0.964 of CPython's time against 0.988 with the default 16 units, nqueens 1.02 against
# 1.15, and no slower to build on 2 cores (both about 3 minutes). With the default units, an
# unlucky inlining into the run loop once cost 20% (src/vm/PERFORMANCE.md, eighth pass).
# Fat LTO on top changed nothing (0.977).
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1

rm -rf "$data"
mkdir -p "$data"
echo "pgo_build: instrumented build (target/pgo-gen)"
RUSTFLAGS="-Cprofile-generate=$data" cargo build --release --bin pyglass --target-dir target/pgo-gen

instrumented="$root/target/pgo-gen/release/pyglass"
echo "pgo_build: training on benches/training/"
for program in benches/training/*.py; do
    "$instrumented" run "$program" > /dev/null
    "$instrumented" profile --quiet "$program" > /dev/null 2>&1
    "$instrumented" profile --quiet --mode sample "$program" > /dev/null 2>&1
    # The debugger running with a breakpoint that is never hit, on the line marked so in a
    # hot function: that function's frames run the armed loop.
    line=$(grep -n "pgo: never reached" "$program" | cut -d: -f1 || true)
    if [ -n "$line" ]; then
        "$instrumented" debug --no-tui -c "b $line" -c c "$program" < /dev/null > /dev/null 2>&1
    fi
done

"$profdata" merge -o "$data/merged.profdata" "$data"
# Named by its content: cargo does not watch the file a flag names, but it rebuilds when the
# flags change, so a new profile gets a new build.
profile="$data/merged-$(cksum < "$data/merged.profdata" | cut -d' ' -f1).profdata"
mv "$data/merged.profdata" "$profile"
echo "pgo_build: optimized build (target/pgo)"
RUSTFLAGS="-Cprofile-use=$profile -Cllvm-args=-pgo-warn-missing-function=false" \
    cargo build --release --bin pyglass --target-dir target/pgo
# The optimized binary must print what CPython prints on every benchmark program.
optimized="$root/target/pgo/release/pyglass"
for program in benches/programs/*.py; do
    if ! cmp -s <("$optimized" "$program" 2>&1) <(python3 "$program" 2>&1); then
        echo "pgo_build: target/pgo/release/pyglass and python3 differ on $program" >&2
        exit 1
    fi
done
echo "pgo_build: done: target/pgo/release/pyglass"
