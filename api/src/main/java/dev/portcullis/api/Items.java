package dev.portcullis.api;

import java.util.List;

/** A list answer: {@code {"items": [...]}}. */
public record Items<T>(List<T> items) {
}
