package dev.portcullis.web.login;

/** A page session was ended by signing out: whatever remembers it forgets it. */
public record SessionEnded(String token) {
}
