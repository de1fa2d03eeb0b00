#!/usr/bin/env bash
# Prepare what a lent GPU machine needs to run dia_nb, on this machine, from anywhere in the repository:
#  - .whl/: the pure-Python packages dia_nb imports that the machine's image lacks (it has torch, torchvision,
#    accelerate, einops, numpy, pandas, scipy, scikit-learn, scikit-image, matplotlib, rich; it cannot download),
#    at the versions of this environment, for its Python 3.12;
#  - .data/: the MedMNIST files (from $DIA_DATA, default ../shared/data/medmnist), since ../shared does not travel.
# Both are git-ignored. Then call the device tool's `run` with carry [".whl", ".data"] and the command
#     bash nbs/gpu/run.sh SPEC [SPEC...]
# (see run.sh), and unpack what comes back with  tar xzf FILES_AT/runs.tgz  in the repository root.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
PY=${PY:-python3}
PKGS="fastcore fastai fastprogress fasttransform fastdownload plum-dispatch beartype denoising-diffusion-pytorch
      ema-pytorch pytorch-fid medmnist fire termcolor"
rm -rf .whl && mkdir -p .whl .data
for p in $PKGS; do
  v=$($PY -m pip show "$p" 2>/dev/null | sed -n 's/^Version: //p')
  [ -n "$v" ] || { echo "prepare.sh: $p is not installed here: pip install -e '.[dev]' first" >&2; exit 1; }
  $PY -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
      --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 -d .whl "$p==$v"
done
cp "${DIA_DATA:-../shared/data/medmnist}"/*.npz .data/
du -sh .whl .data
