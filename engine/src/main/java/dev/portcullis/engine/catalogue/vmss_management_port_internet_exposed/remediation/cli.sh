#!/usr/bin/env bash
# {{t:vmss.cli.intro}}
set -euo pipefail
# {{t:vmss.cli.inspect}}
az vmss show --subscription '{{subscriptionId}}' --resource-group '{{resourceGroup}}' --name '{{scaleSetName}}' --query 'virtualMachineProfile.networkProfile' --output jsonc
# {{t:vmss.cli.public_ip}}
az vmss update --subscription '{{subscriptionId}}' --resource-group '{{resourceGroup}}' --name '{{scaleSetName}}' --remove 'virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0].ipConfigurations[0].publicIPAddressConfiguration'
# {{t:vmss.cli.roll_out}}
az vmss update-instances --subscription '{{subscriptionId}}' --resource-group '{{resourceGroup}}' --name '{{scaleSetName}}' --instance-ids '*'
# {{t:vmss.cli.bastion}}
