package dev.portcullis.engine.remediation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms remediation is printed in; each is meant to run (or be followed) as printed. */
public enum RemediationFormat {
    PORTAL("portal.md"), CLI("cli.sh"), POWERSHELL("powershell.ps1"), TERRAFORM("terraform.tf"), BICEP("main.bicep");

    private final String templateFile;

    RemediationFormat(String templateFile) {
        this.templateFile = templateFile;
    }

    public String templateFile() {
        return templateFile;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RemediationFormat> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName().equalsIgnoreCase(name)).findFirst();
    }
}
