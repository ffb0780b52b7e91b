package dev.portcullis.notifications.message;

import java.util.List;

/**
 * What a message tells people, in their language, before any channel lays it out: Slack, Teams and email each render
 * this same content, so they never disagree. Every string may hold Azure- or user-derived text (resource, subscription
 * and tenant names, details): each form escapes all of them for its own markup.
 *
 * @param title   the one line that says what happened and where
 * @param tone    how alarming it is, for the forms that colour
 * @param intro   a sentence under the title (a digest's counts per event, a test's explanation); may be null
 * @param facts   label and value pairs: severity, VM or subscription, check, tenant, time
 * @param detail  what decided it, under {@code detailLabel}; may be null
 * @param note    a remark after the detail (what "stale" means); may be null
 * @param items   a digest's first events; empty otherwise
 * @param more    "…and n more" under the items; may be null
 * @param links   the pages to open: the finding, the VM, the scan
 */
record HumanMessage(String language, String title, Tone tone, String intro, List<Fact> facts, String detailLabel,
                    String detail, String note, List<Item> items, String more, List<Link> links, String footer) {

    HumanMessage {
        facts = List.copyOf(facts);
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    /** How a message should look: red for a new or returning serious finding or a failure, green for a fix. */
    enum Tone {
        ALERT, WARNING, GOOD, INFO
    }

    record Fact(String label, String value) {
    }

    record Link(String label, String url) {
    }

    /** One event of a digest, told in one line; {@code url} is its finding's page, or null. */
    record Item(String text, String url) {
    }
}
