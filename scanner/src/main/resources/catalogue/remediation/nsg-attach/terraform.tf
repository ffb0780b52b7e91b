# {{t:attach.tf.intro}}
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 4.0"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "{{subscriptionId}}"
}

resource "azurerm_network_security_group" "vm" {
  name                = "{{nsgName}}"
  resource_group_name = "{{resourceGroup}}"
  location            = "{{location}}"
}
{{raw:attachTerraform}}
