package dev.portcullis.engine.vocabulary;

/** The operating system family of a VM; UNKNOWN when ARM does not say. */
public enum OsType {
    LINUX, WINDOWS, UNKNOWN
}
