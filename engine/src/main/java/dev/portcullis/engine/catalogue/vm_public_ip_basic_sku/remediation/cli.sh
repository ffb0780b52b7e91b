#!/usr/bin/env bash
# {{t:basicip.cli.intro}}
# {{t:basicip.cli.nsg}}
set -euo pipefail
az account set --subscription '{{subscriptionId}}'

az network public-ip update --resource-group '{{publicIpResourceGroup}}' --name '{{publicIpName}}' --allocation-method Static
az network nic ip-config update --resource-group '{{nicResourceGroup}}' --nic-name '{{nicName}}' --name '{{ipConfigurationName}}' --remove publicIPAddress
az network public-ip update --resource-group '{{publicIpResourceGroup}}' --name '{{publicIpName}}' --sku Standard
az network nic ip-config update --resource-group '{{nicResourceGroup}}' --nic-name '{{nicName}}' --name '{{ipConfigurationName}}' --public-ip-address '{{publicIpId}}'
