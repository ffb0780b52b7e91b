# {{t:vmss.cli.intro}}
# {{t:vmss.terraform.own_definition}}
# {{t:vmss.cli.bastion}}
