package dev.portcullis.simulator.estate.builder;

/** Public IP SKU. Basic is open to inbound traffic unless an NSG denies it; Standard is closed unless one allows it. */
public enum PublicIpSku {
    BASIC("Basic", "Dynamic"),
    STANDARD("Standard", "Static");

    private final String armName;
    private final String allocationMethod;

    PublicIpSku(String armName, String allocationMethod) {
        this.armName = armName;
        this.allocationMethod = allocationMethod;
    }

    public String armName() {
        return armName;
    }

    String allocationMethod() {
        return allocationMethod;
    }
}
