package dev.portcullis.deploy.packaging;

/** A rule broken by a packaging file, where, and how. */
record Violation(Enum<?> rule, String where, String detail) {

    @Override
    public String toString() {
        return rule.name() + " (" + where + "): " + detail;
    }
}
