#!/usr/bin/env bash
# Validates what deploys the distributed stack, on a clean clone, with no cluster and no container
# engine:
#   1. renders deploy/base and every deploy/overlays/* with kustomize (built from the Go module
#      proxy into .cache/deploy/bin);
#   2. validates every rendered resource: built-in kinds against the Kubernetes JSON schemas of the
#      kubernetes-validate package (PyPI, in a venv under .cache/deploy), KafkaTopic against
#      scripts/deploy/schemas/kafkatopic.schema.json, any other kind fails; then a policy (probes,
#      resources, non-root read-only containers) and the stack's consistency (validate_manifests.py);
#   3. loads infra/compose.yaml with compose-go, the loader `docker compose config` uses;
#   4. checks itself: every fixture under scripts/deploy/fixtures must be rejected, with the error
#      its first line names.
# First run about 2 minutes (go install, pip install); then a few seconds.
#
# Environment (defaults): KUSTOMIZE_VERSION (v5.7.1), KUBERNETES_VALIDATE_VERSION (1.31.0),
# DEPLOY_CACHE (<repo>/.cache/deploy).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/scripts/deploy"
KUSTOMIZE_VERSION="${KUSTOMIZE_VERSION:-v5.7.1}"
KUBERNETES_VALIDATE_VERSION="${KUBERNETES_VALIDATE_VERSION:-1.31.0}"
CACHE="${DEPLOY_CACHE:-$ROOT/.cache/deploy}"
BIN="$CACHE/bin"
VENV="$CACHE/venv"
RENDERED="$CACHE/rendered"

say() { echo "deploy:validate: $*" >&2; }
fail() {
  say "$*"
  exit 1
}

# Go modules in the cache too, not in ~/go: a clean clone installs everything under .cache/.
go_env() { env GOPATH="$CACHE/go" GOBIN="$BIN" GOFLAGS=-modcacherw "$@"; }

install_kustomize() {
  if [[ -x "$BIN/kustomize" && "$("$BIN/kustomize" version 2>/dev/null)" == "$KUSTOMIZE_VERSION" ]]; then return 0; fi
  command -v go >/dev/null || fail "go not found: kustomize is built from the Go module proxy (install Go 1.24+)."
  say "building kustomize $KUSTOMIZE_VERSION into $BIN (first run: about a minute) ..."
  go_env go install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" >"$CACHE/kustomize-install.log" 2>&1 ||
    fail "go install kustomize failed: see $CACHE/kustomize-install.log"$'\n'"$(tail -20 "$CACHE/kustomize-install.log")"
}

install_compose_check() {
  local stamp
  stamp="$(cat "$HERE/compose-check/go.mod" "$HERE/compose-check/go.sum" "$HERE/compose-check/main.go" | sha256sum | cut -c1-16)"
  if [[ -x "$BIN/compose-check" && "$(cat "$BIN/compose-check.stamp" 2>/dev/null)" == "$stamp" ]]; then return 0; fi
  say "building compose-check (compose-go) into $BIN ..."
  (cd "$HERE/compose-check" && go_env go build -o "$BIN/compose-check" .) >"$CACHE/compose-check-build.log" 2>&1 ||
    fail "building compose-check failed: see $CACHE/compose-check-build.log"$'\n'"$(tail -20 "$CACHE/compose-check-build.log")"
  echo "$stamp" >"$BIN/compose-check.stamp"
}

install_validator() {
  if [[ -x "$VENV/bin/python" && "$(cat "$VENV/.kubernetes-validate" 2>/dev/null)" == "$KUBERNETES_VALIDATE_VERSION" ]]; then return 0; fi
  command -v python3 >/dev/null || fail "python3 not found: the schema validator runs in a Python venv."
  say "installing kubernetes-validate $KUBERNETES_VALIDATE_VERSION into $VENV ..."
  rm -rf "$VENV"
  python3 -m venv "$VENV" || fail "python3 -m venv failed (Debian: apt-get install python3-venv)."
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" >"$CACHE/pip.log" 2>&1 ||
    fail "pip install kubernetes-validate failed: see $CACHE/pip.log"$'\n'"$(tail -20 "$CACHE/pip.log")"
  echo "$KUBERNETES_VALIDATE_VERSION" >"$VENV/.kubernetes-validate"
}

validate_manifests() { "$VENV/bin/python" "$HERE/validate_manifests.py" "$@"; }
expected_error() { sed -n '1s/^# expect-error: //p' "$1"; }

mkdir -p "$BIN" "$RENDERED"
install_kustomize
install_compose_check
install_validator

# 1–2. Render and validate base and every overlay.
targets=("$ROOT/deploy/base")
for overlay in "$ROOT"/deploy/overlays/*/; do targets+=("${overlay%/}"); done
for target in "${targets[@]}"; do
  name="${target#"$ROOT/deploy/"}"
  out="$RENDERED/${name//\//-}.yaml"
  "$BIN/kustomize" build "$target" >"$out" || fail "kustomize build deploy/$name failed"
  say "deploy/$name rendered ($(grep -c '^kind:' "$out") resources): validating"
  validate_manifests --stack "$out" || fail "deploy/$name: invalid (above)"
done

# 3. The compose file, with the example secrets.
"$BIN/compose-check" -env-file "$ROOT/infra/.env.example" "$ROOT/infra/compose.yaml" ||
  fail "infra/compose.yaml: invalid (above)"

# 4. The validators must reject every broken fixture, each for the reason it names.
checked=0
for fixture in "$HERE"/fixtures/*.yaml "$HERE"/fixtures/*/kustomization.yaml; do
  [[ -e "$fixture" ]] || continue
  expected="$(expected_error "$fixture")"
  [[ -n "$expected" ]] || fail "$fixture: first line must be '# expect-error: <text>'"
  case "$fixture" in
    */kustomization.yaml)
      out="$RENDERED/fixture-$(basename "$(dirname "$fixture")").yaml"
      "$BIN/kustomize" build "$(dirname "$fixture")" >"$out" || fail "kustomize build $(dirname "$fixture") failed"
      validate_manifests --stack --expect-error "$expected" "$out" 2>&1 | tail -1 >&2 ||
        fail "self-check: $fixture was not rejected with '$expected'"
      ;;
    */compose-*)
      if "$BIN/compose-check" "$fixture" >"$CACHE/compose-fixture.log" 2>&1; then
        fail "self-check: compose-check accepted $fixture"
      fi
      grep -qF -- "$expected" "$CACHE/compose-fixture.log" ||
        fail "self-check: compose-check rejected $fixture, but not with '$expected': $(cat "$CACHE/compose-fixture.log")"
      ;;
    *)
      validate_manifests --expect-error "$expected" "$fixture" 2>&1 | tail -1 >&2 ||
        fail "self-check: $fixture was not rejected with '$expected'"
      ;;
  esac
  checked=$((checked + 1))
done
((checked > 0)) || fail "self-check: no fixtures found under $HERE/fixtures"
say "ok: ${#targets[@]} kustomizations and infra/compose.yaml valid; $checked broken fixtures rejected"
