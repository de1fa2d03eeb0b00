#!/usr/bin/env bash
# GPU driver: go.sh JOBS LIMIT_S PARALLEL. Each JOBS line: DATASET METHOD SEED EPOCHS [PRESET]; runs go to gpuruns/ (kept on a warm machine).
set -u
JOBS=$1; LIMIT=$2; PAR=$3
START=$SECONDS
[ -n "${SKIP_INSTALL:-}" ] || python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
export PYTHONPATH=/tmp/site:$PWD DIA_DATA=$PWD/gpu/data PYTHONUNBUFFERED=1 OMP_NUM_THREADS=1 MPLBACKEND=Agg
mkdir -p gpuruns/ddpm $OUT/logs; cp -n gpu/ddpm/*.pth gpuruns/ddpm/
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, fastai, dia_nb; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), 'fastai', fastai.__version__)" || exit 1
(cd dia_nb && sha1sum *.py | sha1sum | sed "s/^/dia_nb sha1 /"); git log -1 --format="git %H" 2>/dev/null || echo "git: none on device"
# dissolve caches first, one process per dataset (shared files)
for ds in $(awk '$2=="dia"{print $1}' $JOBS | sort -u); do
  python3 gpu/cli.py dia_ddpm $ds --preset cpu2 --out gpuruns --download False --progress False 2>&1 | tail -2
done
job() {  # DATASET METHOD SEED EPOCHS [PRESET]
  local left=$((LIMIT - (SECONDS - START) - 25)); [ $left -lt 30 ] && { echo "skip (time): $*"; return; }
  local p=${5:-cpu2}; local log=$OUT/logs/$1-$2-$p-s$3-e$4.log
  timeout $left python3 gpu/cli.py dia_run $1 --method $2 --seed $3 --epochs $4 --preset $p --out gpuruns --download False --progress False < /dev/null > $log 2>&1
  echo "rc=$? $(( SECONDS - START ))s: $* | $(tail -1 $log)"
}
while read -r line; do
  [ -z "$line" ] && continue
  while [ $(jobs -rp | wc -l) -ge $PAR ]; do sleep 2; done
  job $line &
  sleep 1
done < $JOBS
wait
nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv,noheader
echo "total $((SECONDS - START)) s"
python3 - <<'PY'
import json, pathlib
for f in sorted(pathlib.Path('gpuruns').glob('*/metrics.json')):
    m = json.loads(f.read_text())
    print(f.parent.name, m['device']['device'], f"train {m['wall_time_s']['train']/60:.2f} min", f"val {m['metrics']['val']['auroc']:.4f} test {m['metrics']['test']['auroc']:.4f}", m.get('git'))
PY
cd gpuruns && tar czf $OUT/runs.tgz $(for d in $(find . -name metrics.json | sed 's|/metrics.json||'); do for f in config.json log.txt metrics.json scores.csv scores.png; do echo $d/$f; done; done)
cd $OUT && tar czf logs.tgz logs && rm -rf logs && ls -la $OUT
