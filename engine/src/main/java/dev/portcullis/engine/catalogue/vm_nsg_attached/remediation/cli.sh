#!/usr/bin/env bash
# {{t:attach.cli.intro}}
set -euo pipefail
az account set --subscription '{{subscriptionId}}'

az network nsg create --resource-group '{{resourceGroup}}' --name '{{nsgName}}' --location '{{location}}'
{{raw:attachCli}}
