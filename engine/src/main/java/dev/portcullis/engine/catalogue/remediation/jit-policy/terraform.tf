# {{t:jit.tf.intro}}
# {{t:common.merge_safe}}
{{raw:terraformImport}}
resource "azapi_resource" "jit_policy" {
  type      = "Microsoft.Security/locations/jitNetworkAccessPolicies@2020-01-01"
  name      = "{{policyName}}"
  parent_id = "/subscriptions/{{subscriptionId}}/resourceGroups/{{resourceGroup}}/providers/Microsoft.Security/locations/{{location}}"
  body = {
    kind = "Basic"
    properties = {
      {{raw:jitHcl}}
    }
  }
}
