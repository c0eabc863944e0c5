#!/usr/bin/env sh
# Installs, once, what the deployment tests (test/unit/deploy.test.ts) need into the project-local, git-ignored
# .tools/ folder, through the Go toolchain and the Go module proxy (like scripts/ensure-chromium.sh does for Chromium):
#   .tools/bin/kubeconform          kubeconform, pinned below (go install)
#   .tools/bin/publiccode-parser    the publiccode.yml parser, built from tools/publiccode-parser-go (vendored, pinned)
#   .tools/kubernetes-schemas/<v>/  JSON Schemas generated from Kubernetes' own OpenAPI document (module
#                                   k8s.io/kubernetes) and the ServiceMonitor CRD (module prometheus-operator)
# Each piece is redone only when its pinned version changes. Prints the schema folder on its last line.
set -eu
KUBECONFORM_VERSION=v0.7.0
PUBLICCODE_PARSER_VERSION=v5.4.3
KUBERNETES_VERSION=v1.34.2
PROMETHEUS_OPERATOR_VERSION=v0.85.0

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/.tools/bin"
SCHEMAS="$ROOT/.tools/kubernetes-schemas/$KUBERNETES_VERSION-po$PROMETHEUS_OPERATOR_VERSION"
mkdir -p "$BIN"
command -v go >/dev/null 2>&1 || { echo "The Go toolchain is needed for the deployment tests (kubeconform, publiccode-parser)." >&2; exit 1; }
# Outside any module, in module mode; the module proxy and checksum database as configured.
export GO111MODULE=on GOFLAGS=-mod=mod
is() { [ -x "$BIN/$1" ] && [ "$(cat "$BIN/$1.version" 2>/dev/null)" = "$2" ]; }
module_dir() { (cd "$ROOT/.tools" && go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p'); }

if ! is kubeconform "$KUBECONFORM_VERSION"; then
  echo "Installing kubeconform $KUBECONFORM_VERSION into .tools/bin …" >&2
  (cd "$ROOT/.tools" && GOBIN="$BIN" go install "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION")
  echo "$KUBECONFORM_VERSION" > "$BIN/kubeconform.version"
fi

if ! is publiccode-parser "$PUBLICCODE_PARSER_VERSION"; then
  echo "Building publiccode-parser $PUBLICCODE_PARSER_VERSION (tools/publiccode-parser-go) into .tools/bin …" >&2
  (cd "$ROOT/tools/publiccode-parser-go" && GOFLAGS=-mod=readonly go build -trimpath -o "$BIN/publiccode-parser" ./publiccode-parser)
  echo "$PUBLICCODE_PARSER_VERSION" > "$BIN/publiccode-parser.version"
fi

if [ ! -f "$SCHEMAS/.complete" ]; then
  echo "Generating Kubernetes $KUBERNETES_VERSION and ServiceMonitor JSON Schemas into .tools/kubernetes-schemas …" >&2
  K8S=$(module_dir "k8s.io/kubernetes@$KUBERNETES_VERSION")
  PO=$(module_dir "github.com/prometheus-operator/prometheus-operator@$PROMETHEUS_OPERATOR_VERSION")
  rm -rf "$SCHEMAS"
  node "$ROOT/node_modules/tsx/dist/cli.mjs" "$ROOT/scripts/kubernetes-schemas.ts" "$K8S/api/openapi-spec/swagger.json" "$SCHEMAS" \
    "$PO/example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml" >&2
  touch "$SCHEMAS/.complete"
fi
echo "$SCHEMAS"
