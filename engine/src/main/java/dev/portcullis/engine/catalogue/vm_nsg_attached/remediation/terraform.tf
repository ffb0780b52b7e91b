# {{t:attach.tf.intro}}
resource "azurerm_network_security_group" "vm" {
  name                = "{{nsgName}}"
  resource_group_name = "{{resourceGroup}}"
  location            = "{{location}}"
}
{{raw:attachTerraform}}
