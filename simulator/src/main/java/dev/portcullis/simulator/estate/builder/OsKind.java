package dev.portcullis.simulator.estate.builder;

/** What a VM's payload says about its operating system. */
public enum OsKind {
    LINUX("Linux"),
    WINDOWS("Windows"),
    /** Neither an osProfile nor {@code storageProfile.osDisk.osType}: ARM gives no way to know. */
    UNKNOWN(null);

    private final String osType;

    OsKind(String osType) {
        this.osType = osType;
    }

    /** {@code storageProfile.osDisk.osType}, or {@code null}. */
    public String osType() {
        return osType;
    }
}
