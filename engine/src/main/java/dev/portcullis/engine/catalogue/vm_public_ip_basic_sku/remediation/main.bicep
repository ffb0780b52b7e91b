// {{t:basicip.cli.intro}}
// {{t:basicip.bicep.whole}}
//   az network public-ip update --resource-group '{{cli:publicIpResourceGroup}}' --name '{{cli:publicIpName}}' --allocation-method Static
//   az network nic ip-config update --resource-group '{{cli:nicResourceGroup}}' --nic-name '{{cli:nicName}}' --name '{{cli:ipConfigurationName}}' --remove publicIPAddress
//   az network public-ip update --resource-group '{{cli:publicIpResourceGroup}}' --name '{{cli:publicIpName}}' --sku Standard
//   az network nic ip-config update --resource-group '{{cli:nicResourceGroup}}' --nic-name '{{cli:nicName}}' --name '{{cli:ipConfigurationName}}' --public-ip-address '{{cli:publicIpId}}'
