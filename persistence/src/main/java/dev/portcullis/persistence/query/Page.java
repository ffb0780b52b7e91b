package dev.portcullis.persistence.query;

import java.util.List;

/** One page of a list, with the total across all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
