#!/usr/bin/env bash
# Run sweep specs on a lent GPU machine, after prepare.sh here:  bash nbs/gpu/run.sh SPEC [SPEC...]
# (the device tool's `run`, carry [".whl", ".data"]). Each SPEC, a path from the repository root (e.g.
# nbs/results/con2_contexts.toml), runs through `dia_sweep --engine local` (the machine has no Ray and its wheel is
# over the carry limit): its `cpus` and `gpus` say how many runs share the GPU (auto: 1/8 of it each, so 8 at once on
# 16 cores with cpus = 2). Finished run folders (committed here) are skipped. The sweeps stop after BUDGET seconds
# (default 480, inside the tool's 600-second call) as Ctrl-C would stop them; then every file the command wrote,
# except checkpoints (*.pth, *.pt: over the size that comes back), goes back in $OUT/runs.tgz, with $OUT/device.txt
# (GPU, driver, versions, commit) and $OUT/log.txt. Interrupted runs start again next time (their checkpoints stay).
set -uo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-python3}
OUT=${OUT:-/tmp/out}; mkdir -p "$OUT"
touch /tmp/gpu-run-start; sleep 1
[ -n "${NO_INSTALL:-}" ] ||   # NO_INSTALL=1: the packages are there already (a test of this script off the machine)
$PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
export PYTHONPATH=/tmp/site:$PWD DIA_DATA=$PWD/.data PYTHONUNBUFFERED=1
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no nvidia-smi"
  $PY -c "import torch, fastai, sys; print('python', sys.version.split()[0], 'torch', torch.__version__, 'fastai',
fastai.__version__, 'cuda', torch.cuda.is_available(), 'cpus', __import__('os').cpu_count())"
  echo "commit $(git rev-parse HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo +dirty)"
  date -u +%FT%TZ; } > "$OUT/device.txt" 2>&1
cat "$OUT/device.txt"
end=$(( $(date +%s) + ${BUDGET:-480} ))
for spec in "$@"; do
  left=$(( end - $(date +%s) )); [ $left -gt 10 ] || { echo "run.sh: no time left for $spec"; break; }
  echo "== $spec ($left s left)"
  timeout --signal=TERM --kill-after=60 $left $PY -c "import sys; from dia_nb.launch import dia_sweep
sys.argv = ['dia_sweep', sys.argv[1], '--engine', 'local', '--progress', 'false']; dia_sweep()" "$spec"
done 2>&1 | tee "$OUT/log.txt"
find . -path ./.git -prune -o -path ./.whl -prune -o -path ./.data -prune -o -type f -newer /tmp/gpu-run-start \
     ! -name '*.pth' ! -name '*.pt' ! -path '*/__pycache__/*' ! -path '*/.sweep/*' -print > /tmp/written.txt
tar czf "$OUT/runs.tgz" -T /tmp/written.txt
echo "run.sh: $(wc -l < /tmp/written.txt) files in runs.tgz"
