package dev.portcullis.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links to the previous and next page of a list, keeping the list's filters. Pages count from 1 in links. */
public record Pager(int page, long pages, long total, String previous, String next) {

    /**
     * @param path    the list's path
     * @param filters the filters to keep, in order; null or blank values are left out
     * @param page    zero-based page shown
     */
    public static Pager of(String path, Map<String, String> filters, int page, int size, long total) {
        long pages = Math.max(1, (total + size - 1) / size);
        String previous = page > 0 ? link(path, filters, page) : null;
        String next = page + 1 < pages ? link(path, filters, page + 2) : null;
        return new Pager(page + 1, pages, total, previous, next);
    }

    /** The path with the filters as query parameters, and {@code page} when above 1. */
    public static String link(String path, Map<String, String> filters, int oneBasedPage) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        if (oneBasedPage > 1) {
            params.put("page", Integer.toString(oneBasedPage));
        }
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                link.append(separator).append(e.getKey()).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }
}
