#!/usr/bin/env bash
# Measures Propamine against the native anchors in one session and prints the ratios the issues ask for.
#
#   scripts/bench-vs-anchors.sh [OUT_DIR]      (default OUT_DIR: runs/bench-<date>)
#
# 1. ../shared/anchors/run.sh (native MuJoCo 2.2.2 and Bullet 3.24, ~3 min; installs its Debian packages)
# 2. ./propamine bench env --json (default physics) and --preset anchor (1/240 s, 10 iterations)
# 3. ./propamine bench controller|es|bptt|cluster|render --json
# Writes every raw output to OUT_DIR and a summary table (ratios) to OUT_DIR/summary.md and stdout.
# Run it on a quiet machine: the ratios are only as good as the load is equal for both sides.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
anchors="${ANCHORS:-$root/../shared/anchors/run.sh}"
[ -x "$anchors" ] || { echo "bench-vs-anchors: $anchors not found (set ANCHORS=path/to/run.sh)" >&2; exit 1; }
out="${1:-runs/bench-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"

./propamine --version >/dev/null   # build first, outside the timed part
echo "== anchors (native, ~3 min)" >&2
"$anchors" | tee "$out/anchors.txt"
echo "== propamine bench env (default physics)" >&2
./propamine bench env --json | tee "$out/env-default.json"
echo "== propamine bench env (anchor preset)" >&2
./propamine bench env --preset anchor --json | tee "$out/env-anchor.json"
echo "== propamine bench controller" >&2
./propamine bench controller --json | tee "$out/controller.json"
echo "== propamine bench es" >&2
./propamine bench es --json | tee "$out/es.json"
echo "== propamine bench bptt" >&2
./propamine bench bptt --json | tee "$out/bptt.json"
echo "== propamine bench cluster (trainer member + worker JVM, 1 thread each, vs local with 2 threads)" >&2
./propamine bench cluster --generations 9 --json | tee "$out/cluster.json"
echo "== propamine bench render" >&2
./propamine bench render --json | tee "$out/render.json"

python3 - "$out" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
anchor = {}
for line in (out / "anchors.txt").read_text().splitlines():
    parts = line.split()
    if len(parts) >= 2:
        try: anchor[parts[0]] = float(parts[1])
        except ValueError: pass
d = json.loads((out / "env-default.json").read_text())
a = json.loads((out / "env-anchor.json").read_text())
c = json.loads((out / "controller.json").read_text())
e = json.loads((out / "es.json").read_text())
b = json.loads((out / "bptt.json").read_text())
g = json.loads((out / "render.json").read_text())
k = json.loads((out / "cluster.json").read_text())
mj = anchor.get("mujoco_ant_rk4"); bl = anchor.get("bullet_rigid_hinge_rotor_240hz")
rows = [
  ("Ant-v1 env steps/s, 1 thread, default physics (%s s, %s it)" % (d.get("physics_dt"), d.get("iterations")),
   d["env_steps_per_s_1thread"], "mujoco_ant_rk4", mj),
  ("Ant-v1 env steps/s, 1 thread, anchor preset (1/240 s, 10 it)", a["env_steps_per_s_1thread"],
   "bullet_rigid_hinge_rotor_240hz", bl),
  ("Ant-v1 env steps/s, %d threads / 1 thread, default physics" % d["threads"], d["env_steps_per_s_all_threads"],
   "same, 1 thread", d["env_steps_per_s_1thread"]),
]
lines = ["| measurement | Propamine | reference | reference value | ratio |", "|---|---:|---|---:|---:|"]
for name, ours, refname, ref in rows:
    ratio = ours / ref if ref else float("nan")
    lines.append(f"| {name} | {ours:,.0f} | {refname} | {ref:,.0f} | {ratio:.2f}x |" if ref else f"| {name} | {ours:,.0f} | {refname} | missing | - |")
lines.append(f"| controller µs per env step (ant-snn, K=4, NM-BCM), closed loop on Ant-v1 | {c['controller_us_per_step']:.1f} | Ant-v1 env step µs, same loop | {c['env_us_per_step']:.1f} | {c['ratio']:.2f}x |")
if "synthetic_ratio" in c:
    lines.append(f"| controller µs per env step, synthetic random-sign rasters | {c['synthetic_controller_us_per_step']:.1f} | Ant-v1 env step µs (bench env) | {c['synthetic_env_us_per_step']:.1f} | {c['synthetic_ratio']:.2f}x |")
s1, sm = e["single"], e["multi"]
lines.append(f"| ES generation: strategy math share, 1 thread | {100*s1['strategyFraction']:.2f} % | target | 2 % | |")
lines.append(f"| ES episodes/s, {sm['threads']} threads vs 1 thread | {sm['episodesPerSecond']:.1f} | 1 thread | {s1['episodesPerSecond']:.1f} | {e['speedup']:.2f}x |")
if "episodes_per_s" in b: lines.append(f"| bench bptt: episodes_per_s (PatternMemory) | {b['episodes_per_s']} | | | |")
lines.append(f"| cluster mode (2 JVMs x 1 thread) vs local (2 threads): per-generation time overhead (median) | {100*k['overhead']:+.1f} % | target | +5 % | |")
lines.append(f"| offscreen frames/s, {g['width']}x{g['height']}, no encoding | {g['frames_per_s']:.1f} | target | 60 | {g['frames_per_s']/60:.2f}x |")
lines.append(f"| 10 s 30 fps MP4 recording: simulated s per wall s | {g['record_realtime_factor']:.2f} | real time | 1.00 | {g['record_realtime_factor']:.2f}x |")
text = "\n".join(lines) + "\n"
(out / "summary.md").write_text(text)
print(text)
PY
echo "raw outputs and summary.md in $out" >&2
