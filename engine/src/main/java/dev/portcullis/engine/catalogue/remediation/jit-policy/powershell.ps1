# {{t:jit.ps.intro}}
# {{t:common.merge_safe}}
Set-AzContext -Subscription '{{subscriptionId}}' | Out-Null

$virtualMachines = {{raw:jitPowershell}}
Set-AzJitNetworkAccessPolicy -Kind 'Basic' -Location '{{location}}' -Name '{{policyName}}' `
  -ResourceGroupName '{{resourceGroup}}' -VirtualMachine $virtualMachines

# {{t:jit.ps.request}}
$request = {{raw:jitPowershellRequest}}
Start-AzJitNetworkAccessPolicy -ResourceId '{{policyId}}' -VirtualMachine @($request)
