# {{t:exposure.tf.intro}}
terraform {
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

{{raw:exposureTerraform}}
