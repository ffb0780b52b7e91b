#!/usr/bin/env bash
# {{t:jit.cli.intro}}
# {{t:common.merge_safe}}
set -euo pipefail
az account set --subscription '{{subscriptionId}}'

az rest --method put \
  --url '{{armEndpoint}}{{policyPath}}?api-version=2020-01-01' \
  --headers 'Content-Type=application/json' \
  --body "$(cat <<'JSON'
{{raw:jitJson}}
JSON
)"

# {{t:jit.cli.request}}
az rest --method post \
  --url '{{armEndpoint}}{{policyPath}}/initiate?api-version=2020-01-01' \
  --headers 'Content-Type=application/json' \
  --body "$(cat <<'JSON'
{{raw:initiateJson}}
JSON
)"
