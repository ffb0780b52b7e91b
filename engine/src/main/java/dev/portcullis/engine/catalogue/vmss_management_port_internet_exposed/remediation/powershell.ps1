# {{t:vmss.cli.intro}}
Set-AzContext -Subscription '{{subscriptionId}}' | Out-Null
# {{t:vmss.cli.public_ip}}
$vmss = Get-AzVmss -ResourceGroupName '{{resourceGroup}}' -VMScaleSetName '{{scaleSetName}}'
$vmss.VirtualMachineProfile.NetworkProfile.NetworkInterfaceConfigurations[0].IpConfigurations[0].PublicIpAddressConfiguration = $null
Update-AzVmss -ResourceGroupName '{{resourceGroup}}' -VMScaleSetName '{{scaleSetName}}' -VirtualMachineScaleSet $vmss | Out-Null
# {{t:vmss.cli.roll_out}}
Update-AzVmssInstance -ResourceGroupName '{{resourceGroup}}' -VMScaleSetName '{{scaleSetName}}' -InstanceId '*' | Out-Null
# {{t:vmss.cli.bastion}}
