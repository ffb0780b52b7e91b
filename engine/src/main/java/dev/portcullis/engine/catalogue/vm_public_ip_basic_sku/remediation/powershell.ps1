# {{t:basicip.cli.intro}}
# {{t:basicip.cli.nsg}}
Set-AzContext -Subscription '{{subscriptionId}}' | Out-Null
$ip = Get-AzPublicIpAddress -ResourceGroupName '{{publicIpResourceGroup}}' -Name '{{publicIpName}}'
$ip.PublicIpAllocationMethod = 'Static'
$ip = Set-AzPublicIpAddress -PublicIpAddress $ip
$nic = Get-AzNetworkInterface -ResourceGroupName '{{nicResourceGroup}}' -Name '{{nicName}}'
($nic.IpConfigurations | Where-Object { $_.Name -eq '{{ipConfigurationName}}' }).PublicIpAddress = $null
$nic = Set-AzNetworkInterface -NetworkInterface $nic
$ip.Sku.Name = 'Standard'
$ip = Set-AzPublicIpAddress -PublicIpAddress $ip
($nic.IpConfigurations | Where-Object { $_.Name -eq '{{ipConfigurationName}}' }).PublicIpAddress = $ip
Set-AzNetworkInterface -NetworkInterface $nic | Out-Null
