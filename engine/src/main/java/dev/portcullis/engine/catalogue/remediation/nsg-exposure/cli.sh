#!/usr/bin/env bash
# {{t:exposure.cli.intro}}
set -euo pipefail
az account set --subscription '{{subscriptionId}}'

{{raw:exposureCli}}
