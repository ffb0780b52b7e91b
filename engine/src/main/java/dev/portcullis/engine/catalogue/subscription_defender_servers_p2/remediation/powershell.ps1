# {{t:p2.cli.intro}}
Set-AzContext -Subscription '{{subscriptionId}}' | Out-Null
Set-AzSecurityPricing -Name 'VirtualMachines' -PricingTier 'Standard' -SubPlan 'P2'
