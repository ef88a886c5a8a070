#!/usr/bin/env bash
# AddressSanitizer + UndefinedBehaviorSanitizer build of the whole project (GCC), then every test of the
# core, engine, UI and torch libraries under it. Any report fails the test that triggered it.
#   scripts/sanitize.sh            every test
#   scripts/sanitize.sh core|ml    the tests of the core library (no LibTorch) or of the torch library
set -euo pipefail
cd "$(dirname "$0")/.."
build=${SANITIZE_BUILD_DIR:-build-asan}
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
extra=()
case "${1:-}" in
  core) tests=(tst_store tst_csv tst_import tst_roundtrip tst_demo tst_imaging tst_ocr tst_robustness) extra=(memescope-cli) ;;
  ml) tests=(tst_tokenizer tst_safetensors tst_encoders tst_model tst_metrics tst_baseline tst_trainer) ;;
  *) tests=() ;;
esac
cmake --build "$build" ${tests[@]:+--target "${tests[@]}" "${extra[@]}"}
# Leak checking is off: Qt, fontconfig and LibTorch keep process-lifetime allocations that LeakSanitizer
# reports at exit; the fuzzers (scripts/fuzz.sh) check leaks in the parsers.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
regex=$(IFS="|"; echo "${tests[*]:-.*}")
ctest --test-dir "$build" --output-on-failure -j2 --timeout 1800 -R "^($regex)\$"
