#!/usr/bin/env bash
# Episodes-to-target of the hybrid trainer vs its pure-ES baseline on a locomotion env (docs/hybrid.md).
#
#   scripts/hybrid-vs-es.sh OUT_DIR TARGET_M "MODES" "SEEDS" [--set key=value ...]
#   e.g. scripts/hybrid-vs-es.sh runs/hybrid-ant 0.5 "es combined guided" "1 2 3" --set trainer.hybrid_beta=0.2
#
# Runs `./propamine train --trainer hybrid --set trainer.hybrid_mode=MODE --seed SEED` (one thread each, niced)
# for every mode and seed with the short-episode settings below (extra --set arguments override them), then
# prints per run the training episodes spent until the evaluation distance of the mean first reached TARGET_M
# (metrics.csv: generation, episodes, score), and per mode the median over seeds (a run that never reached the
# target counts as infinite). Two runs at a time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ $# -ge 4 ] || { echo "usage: $0 OUT_DIR TARGET_M \"MODES\" \"SEEDS\" [--set key=value ...]" >&2; exit 2; }
out="$1"; target="$2"; modes="$3"; seeds="$4"; shift 4
mkdir -p "$out"
./propamine --version >/dev/null   # build once, before the runs start
common=(--env Ant-v1 --threads 1 --set env.max_steps=200 --set trainer.population=16 --set trainer.generations=60
        --set eval.episodes=2 --set trainer.hybrid_gradient_steps=200 "$@")
jobs=()
for m in $modes; do for s in $seeds; do jobs+=("$m $s"); done; done
running=0
for j in "${jobs[@]}"; do
    read -r m s <<<"$j"
    [ -e "$out/$m-$s/metrics.csv" ] && continue
    nice -n 10 ./propamine train --trainer hybrid --seed "$s" --set trainer.hybrid_mode="$m" "${common[@]}" \
        --out "$out/$m-$s" >"$out/$m-$s.log" 2>&1 &
    running=$((running + 1))
    if [ "$running" -ge 2 ]; then wait -n; running=$((running - 1)); fi
done
wait
for m in $modes; do
    line=""
    vals=()
    for s in $seeds; do
        e=$(awk -F, -v t="$target" 'NR > 1 && $3 >= t { print $2; found = 1; exit } END { if (!found) print "inf" }' "$out/$m-$s/metrics.csv")
        line="$line seed $s: $e;"
        vals+=("$e")
    done
    median=$(printf '%s\n' "${vals[@]}" | sed 's/^inf$/1e300/' | sort -g | awk '{ v[NR] = $1 } END { m = v[int((NR + 1) / 2)]; print (m == 1e300 ? "inf" : m) }')
    echo "$m: episodes to ${target} m:$line median $median"
done | tee "$out/summary.txt"
