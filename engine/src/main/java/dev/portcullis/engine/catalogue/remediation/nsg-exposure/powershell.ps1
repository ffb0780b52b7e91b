# {{t:exposure.cli.intro}}
Set-AzContext -Subscription '{{subscriptionId}}' | Out-Null

{{raw:exposurePowershell}}
