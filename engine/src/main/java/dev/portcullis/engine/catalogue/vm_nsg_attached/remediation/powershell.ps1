# {{t:attach.cli.intro}}
Set-AzContext -Subscription '{{subscriptionId}}' | Out-Null

$nsg = New-AzNetworkSecurityGroup -ResourceGroupName '{{resourceGroup}}' -Name '{{nsgName}}' -Location '{{location}}'
{{raw:attachPowershell}}
