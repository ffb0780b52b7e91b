package dev.portcullis.scanner.inventory;

/** The operating system family of a VM; UNKNOWN when ARM does not say. */
public enum OsType {
    LINUX, WINDOWS, UNKNOWN
}
