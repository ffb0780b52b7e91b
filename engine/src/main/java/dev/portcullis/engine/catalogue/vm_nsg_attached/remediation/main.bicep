// {{t:attach.bicep.intro}}
// az deployment group create --subscription '{{cli:subscriptionId}}' --resource-group '{{cli:resourceGroup}}' --template-file main.bicep
resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: '{{nsgName}}'
  location: '{{location}}'
  properties: {
    securityRules: []
  }
}

output networkSecurityGroupId string = nsg.id
// {{t:attach.bicep.then}}
{{raw:attachBicep}}
