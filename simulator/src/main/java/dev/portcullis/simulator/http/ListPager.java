package dev.portcullis.simulator.http;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;

/**
 * Cuts a list into ARM pages: {@code {"value": [...], "nextLink": "<absolute URL>"}}, the next link
 * repeating the request's path and query with a {@code $skiptoken} (the offset of the next page).
 * The last page has no next link. Items are pre-rendered JSON, so a page is a concatenation. Types
 * whose items are large (load balancers with hundreds of pool members) have fewer items a page.
 */
final class ListPager {

    private final String baseUrl;
    private final int pageSize;

    ListPager(String baseUrl, int pageSize) {
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
    }

    ArmResponse page(ArmRequest request, List<String> items) {
        return page(request, items, Integer.MAX_VALUE);
    }

    /** A page of at most {@code maxItems} items, even when the configured page size is larger (heavy resources). */
    ArmResponse page(ArmRequest request, List<String> items, int maxItems) {
        int pageSize = Math.min(this.pageSize, maxItems);
        String token = request.parameter(ArmRequest.SKIP_TOKEN);
        int from;
        try {
            from = token == null ? 0 : Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return ArmErrors.invalidSkipToken(token);
        }
        if (from < 0) {
            return ArmErrors.invalidSkipToken(token);
        }
        int to = (int) Math.min((long) from + pageSize, items.size());
        StringBuilder body = new StringBuilder(64 + Math.max(0, to - from) * 2048);
        body.append("{\"value\":[");
        for (int i = from; i < to; i++) {
            if (i > from) {
                body.append(',');
            }
            body.append(items.get(i));
        }
        body.append(']');
        if (to < items.size()) {
            body.append(",\"nextLink\":");
            JsonWriter.appendQuoted(body, nextLink(request, to));
        }
        body.append('}');
        return ArmResponse.ok(body.toString());
    }

    private String nextLink(ArmRequest request, int offset) {
        String query = request.queryWithoutSkipToken();
        return baseUrl + request.rawPath() + "?" + (query.isEmpty() ? "" : query + "&") + ArmRequest.SKIP_TOKEN + "=" + offset;
    }
}
