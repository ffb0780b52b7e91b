# {{t:jit.tf.intro}}
# {{t:common.merge_safe}}
terraform {
  required_version = ">= 1.5"
  required_providers {
    azapi = {
      source  = "Azure/azapi"
      version = ">= 2.0"
    }
  }
}

provider "azapi" {
  subscription_id = "{{subscriptionId}}"
}
{{raw:terraformImport}}
resource "azapi_resource" "jit_policy" {
  type      = "Microsoft.Security/locations/jitNetworkAccessPolicies@2020-01-01"
  name      = "{{policyName}}"
  parent_id = "/subscriptions/{{subscriptionId}}/resourceGroups/{{resourceGroup}}/providers/Microsoft.Security/locations/{{location}}"
  location  = "{{location}}"
  body = {
    kind = "Basic"
    properties = {
      {{raw:jitHcl}}
    }
  }
}
