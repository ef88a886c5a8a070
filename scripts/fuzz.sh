#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + libFuzzer) and runs each for a fixed number of
# executions on seed corpora made from the demo data and the shared fixtures. A crash, leak, sanitizer
# report or timeout stops that target; its reproducer is left in build-fuzz/findings/<target>/.
#   scripts/fuzz.sh [runs per target (default 1000000)] [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(fuzz_dataset_json fuzz_dataset_csv fuzz_safetensors fuzz_state_dict_pickle fuzz_torch_pickle fuzz_tokenizer
  fuzz_image_decoder)
build=${FUZZ_BUILD_DIR:-build-fuzz}
fixtures=${FIXTURES:-$(pwd)/tests/data/fixtures}
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
cmake -S . -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DMEMESCOPE_FUZZ=ON -DMEMESCOPE_BUILD_TESTS=OFF -DMEMESCOPE_FUZZ_FIXTURES="$fixtures" >/dev/null
cmake --build "$build" --target "${targets[@]}"

# Seed corpora: the demo datasets (written by the CLI of a normal build, if there is one), the fixtures.
seeds="$build/seeds"
if [[ ! -d "$seeds" ]]; then
  final_seeds=$seeds
  seeds="$seeds.partial"
  rm -rf "$seeds"
  mkdir -p "$seeds"/{json,csv,safetensors,pickle,datapkl,tokenizer,image}
  demo=$(mktemp -d)
  cli=${CLI:-build/app/memescope-cli}
  if [[ -x "$cli" ]]; then
    "$cli" demo --out "$demo" >/dev/null 2>&1
    find "$demo" -name '*.json' -size -200k -exec cp {} "$seeds/json/" \;
    find "$demo" -name '*.csv' -size -200k -exec cp {} "$seeds/csv/" \;
    find "$demo" \( -name '*.jpg' -o -name '*.png' \) -size -40k | sed -n '1,40p' | xargs -r cp -t "$seeds/image/"
  fi
  rm -rf "$demo"
  cp "$fixtures"/models/*/io.safetensors "$seeds/safetensors/" 2>/dev/null || true
  for m in "$fixtures"/models/*/; do cp "$m/model.safetensors" "$seeds/safetensors/$(basename "$m").safetensors"; done
  # PyTorch zip checkpoints as the hub ships them (tests/data/checkpoints), the refused ones included.
  i=0
  for f in tests/data/checkpoints/*/*.bin; do cp "$f" "$seeds/pickle/seed$i.bin"; i=$((i + 1)); done
  # ... and the pickles inside them, for the opcode walker alone.
  python3 - "$seeds/datapkl" tests/data/checkpoints/*/*.bin <<'PY'
import sys, zipfile
for i, path in enumerate(sys.argv[2:]):
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith("data.pkl"):
                    open(f"{sys.argv[1]}/seed{i}.pkl", "wb").write(z.read(name))
PY
  python3 - "$fixtures/tokenizer/roberta_cases.jsonl" "$seeds/tokenizer" <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding='utf-8')):
    case = json.loads(line)
    open(f"{sys.argv[2]}/case{i}", "w", encoding="utf-8").write(case.get("text", ""))
PY
  printf 'sample_id,ocr_text,meme_anxiety_categories\nA-1,"hello, ""world""",Nervousness\n' >"$seeds/csv/tiny.csv"
  printf '{"sample_id":"x","ocr_text":"hi","meme_depressive_categories":["Lack of Interest"]}\n' >"$seeds/json/tiny.jsonl"
  mv "$seeds" "$final_seeds"
  seeds=$final_seeds
fi
# Inputs beyond these sizes add parsing time, not new paths (images need room for real headers and data).
# libjpeg and Qt print a warning for every corrupt image they are fed: the image target's stderr is closed
# (libFuzzer and the sanitizers keep their own copy of it for reports).
extra_of() { [[ $1 == fuzz_image_decoder ]] && echo "-close_fd_mask=2" || true; }
# LibTorch's zip reader leaks on damaged archives (tests/fuzz/lsan-libtorch.supp says where).
lsan_of() { [[ $1 == fuzz_torch_pickle ]] && echo ":suppressions=$(pwd)/tests/fuzz/lsan-libtorch.supp" || true; }
max_len_of() { case $1 in fuzz_image_decoder) echo 65536 ;; fuzz_safetensors) echo 16384 ;; fuzz_torch_pickle) echo 65536 ;; *) echo 8192 ;; esac; }
corpus_of() { case $1 in fuzz_dataset_json) echo json ;; fuzz_dataset_csv) echo csv ;;
  fuzz_safetensors) echo safetensors ;; fuzz_torch_pickle) echo pickle ;; fuzz_state_dict_pickle) echo datapkl ;;
  fuzz_tokenizer) echo tokenizer ;; fuzz_image_decoder) echo image ;; esac; }

printf '| target | executions | seconds | exec/s | corpus files | result |\n|---|---|---|---|---|---|\n'
status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  findings="$build/findings/$t"
  mkdir -p "$corpus" "$findings"
  start=$(date +%s)
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 OMP_NUM_THREADS=1 \
    LSAN_OPTIONS="print_suppressions=0$(lsan_of "$t")" \
    "$build/tests/fuzz/$t" -runs="$runs" -max_len="$(max_len_of "$t")" -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 $(extra_of "$t") \
    -artifact_prefix="$findings/" "$corpus" "$seeds/$(corpus_of "$t")" >"$build/$t.log" 2>&1
  rc=$?
  set -e
  secs=$(($(date +%s) - start))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$t.log" | grep -o '[0-9]*$' || echo 0)
  files=$(find "$corpus" -type f | wc -l)
  result=$([[ $rc -eq 0 ]] && echo "no crash, leak or sanitizer report" || echo "FAILED (rc $rc, see $build/$t.log)")
  [[ $rc -ne 0 ]] && status=1
  printf '| %s | %s | %s | %s | %s | %s |\n' "$t" "$execs" "$secs" "$((execs / (secs > 0 ? secs : 1)))" "$files" "$result"
done
exit $status
