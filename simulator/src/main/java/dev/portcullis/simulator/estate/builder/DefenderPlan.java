package dev.portcullis.simulator.estate.builder;

/** How a subscription's {@code VirtualMachines} pricing (Defender for Servers) is written. */
public enum DefenderPlan {
    /** Standard, subPlan P2, extensions as {@code {"name", "isEnabled": "True"}} (today's shape). */
    STANDARD_P2("Standard P2, extensions with isEnabled \"True\"/\"False\" strings"),
    /** Standard, subPlan P1, no extensions. */
    STANDARD_P1("Standard P1"),
    /** Free, no subPlan. */
    FREE("Free, no subPlan"),
    /** Standard, subPlan P2, extensions written the old way {@code {"type", "isEnabled": true}} (boolean). */
    STANDARD_P2_LEGACY_EXTENSIONS("Standard P2, extensions the old way: \"type\" and boolean isEnabled");

    private final String description;

    DefenderPlan(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
