package dev.portcullis.engine.inventory;

/** A Defender for Cloud plan of a subscription ({@code VirtualMachines} is Defender for Servers). */
public record Pricing(String name, String pricingTier, String subPlan) {

    public static final String SERVERS = "VirtualMachines";
}
