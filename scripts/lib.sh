# Shared by Ferry's scripts: where things live, and installing what the scripts need on a fresh
# Debian machine. Source it; do not run it.

FERRY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FERRY_CACHE="${FERRY_CACHE:-$HOME/.cache/ferry}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$FERRY_CACHE/target}"
FERRY_VENV="${FERRY_VENV:-$FERRY_CACHE/venv}"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs Debian packages that are missing (needs root or sudo).
ensure_debian_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Creates (once, again when the requirements change) the virtualenv DIR from REQUIREMENTS and
# puts it first on PATH. Usage: ensure_virtualenv DIR REQUIREMENTS "what it holds"
ensure_virtualenv() {
    local venv="$1" requirements="$2" description="$3"
    local stamp="$venv/.requirements-$(sha256sum "$requirements" | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        log "creating the Python virtualenv $venv ($description)"
        if ! python3 -m venv --help >/dev/null 2>&1; then
            ensure_debian_packages python3-venv
        fi
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q --upgrade pip
        "$venv/bin/pip" install -q -r "$requirements"
        touch "$stamp"
    fi
    export PATH="$venv/bin:$PATH"
}

# The Python clients the tests and demos drive Ferry with.
ensure_python_clients() {
    ensure_virtualenv "$FERRY_VENV" "$FERRY_ROOT/tests/python/requirements.txt" "boto3, awscli, pytest"
}

# What scripts/bench-api needs: moto_server, the thing a user would run instead of Ferry for a
# local ECS API, and the aws CLI. Kept apart from the test virtualenv so moto's many
# dependencies never change what the tests run with.
FERRY_BENCH_VENV="${FERRY_BENCH_VENV:-$FERRY_CACHE/venv-bench}"
ensure_bench_clients() {
    ensure_virtualenv "$FERRY_BENCH_VENV" "$FERRY_ROOT/tests/python/requirements-bench.txt" "moto[server], awscli"
}

# A Docker engine that answers, for the agent and its tests: Debian's docker.io, started here
# when nothing answers (a fresh machine has no init system running it), plus the local test image
# (there is no image registry to pull from).
ensure_docker_engine() {
    ensure_debian_packages docker.io busybox-static
    if ! docker info >/dev/null 2>&1; then
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        mkdir -p "$FERRY_CACHE"
        log "starting dockerd (log: $FERRY_CACHE/dockerd.log)"
        $sudo sh -c "nohup dockerd >'$FERRY_CACHE/dockerd.log' 2>&1 &"
        for _ in $(seq 1 150); do
            docker info >/dev/null 2>&1 && break
            sleep 0.2
        done
        if ! docker info >/dev/null 2>&1; then
            echo "dockerd did not become ready; its log:" >&2
            tail -n 30 "$FERRY_CACHE/dockerd.log" >&2
            exit 1
        fi
    fi
    "$FERRY_ROOT/scripts/make-test-image" >/dev/null
}

ensure_rust() {
    if ! command -v cargo >/dev/null 2>&1; then
        echo "cargo is not installed: install Rust (https://rustup.rs) and run this again" >&2
        exit 1
    fi
}
