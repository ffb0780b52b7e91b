package dev.portcullis.persistence.access;

/** The caller of the request being answered; the application provides it from the signed-in identity. */
public interface CurrentCaller {

    Caller get();
}
