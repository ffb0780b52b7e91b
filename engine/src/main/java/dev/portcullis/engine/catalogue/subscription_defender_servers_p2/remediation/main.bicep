// {{t:p2.cli.intro}}
// az deployment sub create --subscription '{{cli:subscriptionId}}' --location japaneast --template-file main.bicep
targetScope = 'subscription'

resource serversPlan 'Microsoft.Security/pricings@2024-01-01' = {
  name: 'VirtualMachines'
  properties: {
    pricingTier: 'Standard'
    subPlan: 'P2'
  }
}
