package dev.portcullis.simulator.estate.builder;

/**
 * Load balancer SKU. A backend behind a Standard load balancer is closed unless an NSG allows the
 * traffic; behind a Basic one it is open unless an NSG denies it (as for public IPs).
 */
public enum LoadBalancerSku {
    BASIC("Basic", PublicIpSku.BASIC),
    STANDARD("Standard", PublicIpSku.STANDARD);

    private final String armName;
    private final PublicIpSku publicIpSku;

    LoadBalancerSku(String armName, PublicIpSku publicIpSku) {
        this.armName = armName;
        this.publicIpSku = publicIpSku;
    }

    public String armName() {
        return armName;
    }

    /** The public IP SKU a frontend of this load balancer must use. */
    PublicIpSku publicIpSku() {
        return publicIpSku;
    }
}
