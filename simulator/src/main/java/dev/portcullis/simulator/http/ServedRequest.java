package dev.portcullis.simulator.http;

/**
 * One ARM request the simulator answered.
 *
 * @param path decoded path, as received
 * @param query raw query string, {@code ""} when there was none
 */
public record ServedRequest(String method, String path, String query, int status) {
}
