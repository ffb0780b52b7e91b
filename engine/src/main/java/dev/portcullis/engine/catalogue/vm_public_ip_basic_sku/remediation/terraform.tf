# {{t:basicip.cli.intro}}
# {{t:basicip.terraform.order}}
#   az network public-ip update --resource-group '{{cli:publicIpResourceGroup}}' --name '{{cli:publicIpName}}' --allocation-method Static
#   az network nic ip-config update --resource-group '{{cli:nicResourceGroup}}' --nic-name '{{cli:nicName}}' --name '{{cli:ipConfigurationName}}' --remove publicIPAddress
# {{t:basicip.terraform.then}}
#   az network nic ip-config update --resource-group '{{cli:nicResourceGroup}}' --nic-name '{{cli:nicName}}' --name '{{cli:ipConfigurationName}}' --public-ip-address '{{cli:publicIpId}}'
resource "azapi_update_resource" "standard_public_ip_{{raw:subjectNumber}}" {
  type        = "Microsoft.Network/publicIPAddresses@2024-05-01"
  resource_id = "{{publicIpId}}"
  body = {
    sku = {
      name = "Standard"
    }
    properties = {
      publicIPAllocationMethod = "Static"
    }
  }
}
