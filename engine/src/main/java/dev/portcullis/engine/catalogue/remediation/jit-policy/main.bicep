// {{t:jit.bicep.intro}}
// {{t:common.merge_safe}}
// az deployment group create --subscription '{{cli:subscriptionId}}' --resource-group '{{cli:resourceGroup}}' --template-file main.bicep
resource jitPolicy 'Microsoft.Security/locations/jitNetworkAccessPolicies@2020-01-01' = {
  name: '{{location}}/{{policyName}}'
  kind: 'Basic'
  properties: {
    {{raw:jitBicep}}
  }
}
