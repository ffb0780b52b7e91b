package dev.portcullis.notifications.message;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.checks.CheckScope;
import dev.portcullis.engine.notification.EventType;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.notifications.message.HumanMessage.Fact;
import dev.portcullis.notifications.message.HumanMessage.Item;
import dev.portcullis.notifications.message.HumanMessage.Link;
import dev.portcullis.notifications.message.HumanMessage.Tone;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a message in words: what happened, on which VM or subscription, how severe, which check (its title in the
 * destination's language, from the catalogue), what decided it, and the pages to open.
 */
final class HumanMessages {

    /** A digest lists this many of its events; the scan's page shows them all. */
    static final int DIGEST_ITEMS = 10;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CheckCatalogue catalogue;
    private final PublicLinks links;

    HumanMessages(CheckCatalogue catalogue, PublicLinks links) {
        this.catalogue = catalogue;
        this.links = links;
    }

    HumanMessage tell(Message message, String language) {
        MessageTexts texts = MessageTexts.of(language);
        if (message instanceof Message.Single single) {
            return single(single.notice(), texts);
        }
        if (message instanceof Message.Digest digest) {
            return digest(digest, texts);
        }
        return test((Message.Test) message, texts);
    }

    private HumanMessage single(Notice notice, MessageTexts texts) {
        List<Fact> facts = new ArrayList<>();
        List<Link> pages = new ArrayList<>();
        String title;
        String note = null;
        Tone tone;
        if (notice.type().aboutAFinding()) {
            Notice.NoticeFinding finding = finding(notice);
            Optional<CheckDefinition> check = catalogue.definition(finding.checkId(), texts.language());
            String headline = check.map(c -> c.headline(statusAfter(notice.type()))).orElse(finding.checkId());
            String requirement = check.map(CheckDefinition::title).orElse(finding.checkId());
            String resource = check.filter(c -> c.scope() == CheckScope.SUBSCRIPTION)
                    .flatMap(c -> Optional.ofNullable(notice.subscriptionName()))
                    .orElse(orDash(finding.resourceName()));
            title = texts.get("headline." + notice.type().wireName(), "severity",
                    severityText(finding.severity(), texts), "check", headline, "resource", resource);
            Optional<Severity> severity = severity(finding.severity());
            tone = notice.type() == EventType.FINDING_RESOLVED ? Tone.GOOD
                    : severity.map(s -> s.compareTo(Severity.HIGH) <= 0 ? Tone.ALERT : Tone.WARNING)
                    .orElse(Tone.WARNING);
            facts.add(new Fact(texts.get("label.severity"), severityText(finding.severity(), texts)));
            Optional<String> subscription = subscription(notice);
            String resourceLabel = resourceLabel(check, finding.resourceId());
            if (resourceLabel != null || subscription.isEmpty()) {
                // a subscription-wide check's resource is the subscription itself, told once below
                facts.add(new Fact(texts.get(resourceLabel == null ? "label.subscription" : resourceLabel), resource));
            }
            subscription.ifPresent(s -> facts.add(new Fact(texts.get("label.subscription"), s)));
            facts.add(new Fact(texts.get("label.tenant"), tenant(notice)));
            facts.add(new Fact(texts.get("label.check"), requirement));
            facts.add(new Fact(texts.get("label.when"), TIME.format(notice.occurredAt())));
            if (finding.id() != null) {
                pages.add(new Link(texts.get("link.finding"), links.finding(finding.id())));
            }
            links.vm(finding.resourceId()).ifPresent(url -> pages.add(new Link(texts.get("link.vm"), url)));
            return new HumanMessage(texts.language(), title, tone, null, facts, texts.get("label.detail"),
                    Optional.ofNullable(finding.detail()).orElse(notice.detail()), null, List.of(), null, pages,
                    texts.get("footer"));
        }
        if (notice.type() == EventType.SCAN_FAILED) {
            title = texts.get("headline.scan_failed", "tenant", tenant(notice));
            tone = Tone.ALERT;
            facts.add(new Fact(texts.get("label.tenant"), tenant(notice)));
            if (notice.scan() != null) {
                facts.add(new Fact(texts.get("label.scan_status"), scanStatus(notice.scan().status(), texts)));
            }
        } else {
            String subscription = subscription(notice).orElse("-");
            title = texts.get("headline.subscription_stale", "subscription",
                    Optional.ofNullable(notice.subscriptionName()).orElse(subscription));
            tone = Tone.WARNING;
            note = texts.get("note.stale");
            facts.add(new Fact(texts.get("label.subscription"), subscription));
            facts.add(new Fact(texts.get("label.tenant"), tenant(notice)));
        }
        facts.add(new Fact(texts.get("label.when"), TIME.format(notice.occurredAt())));
        if (notice.scan() != null) {
            pages.add(new Link(texts.get("link.scan"), links.scan(notice.scan().id())));
        } else {
            pages.add(new Link(texts.get("link.tenants"), links.tenants()));
        }
        return new HumanMessage(texts.language(), title, tone, null, facts, texts.get("label.detail"),
                notice.detail(), note, List.of(), null, pages, texts.get("footer"));
    }

    /** Where the event leaves its finding: told as a failure when opened or reopened, as met when resolved. */
    private static FindingStatus statusAfter(EventType type) {
        return type == EventType.FINDING_RESOLVED ? FindingStatus.RESOLVED : FindingStatus.OPEN;
    }

    private HumanMessage digest(Message.Digest digest, MessageTexts texts) {
        List<Notice> notices = digest.notices();
        Map<EventType, Integer> perType = new EnumMap<>(EventType.class);
        notices.forEach(n -> perType.merge(n.type(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        perType.forEach((type, count) -> counts.add(texts.get("digest.count", "event",
                texts.get("event." + type.wireName()), "count", String.valueOf(count))));
        String intro = String.join(texts.get("digest.separator"), counts);

        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(texts.get("label.count"), String.valueOf(notices.size())));
        facts.add(new Fact(texts.get("label.scan"), String.valueOf(digest.scanId())));
        if (digest.scanStatus() != null) {
            facts.add(new Fact(texts.get("label.scan_status"), scanStatus(digest.scanStatus(), texts)));
        }
        List<String> tenants = notices.stream().map(HumanMessages::tenant).distinct().toList();
        facts.add(new Fact(texts.get("label.tenant"), String.join(", ", tenants)));
        facts.add(new Fact(texts.get("label.when"), TIME.format(digest.occurredAt())));

        // the most severe first, then in the order the events came; events without a severity after those with one
        List<Item> items = notices.stream()
                .sorted(Comparator.comparingInt(HumanMessages::severityRank))
                .limit(DIGEST_ITEMS)
                .map(n -> item(n, texts))
                .toList();
        String more = notices.size() > DIGEST_ITEMS
                ? texts.get("digest.more", "count", String.valueOf(notices.size() - DIGEST_ITEMS)) : null;
        Tone tone = perType.containsKey(EventType.FINDING_OPENED) || perType.containsKey(EventType.FINDING_REOPENED)
                || perType.containsKey(EventType.SCAN_FAILED) ? Tone.ALERT
                : perType.keySet().equals(Set.of(EventType.FINDING_RESOLVED)) ? Tone.GOOD : Tone.WARNING;
        return new HumanMessage(texts.language(),
                texts.get("digest.title", "count", String.valueOf(notices.size())), tone, intro, facts, null, null,
                null, items, more, List.of(new Link(texts.get("link.scan_changes"), links.scan(digest.scanId()))),
                texts.get("footer"));
    }

    private HumanMessage test(Message.Test test, MessageTexts texts) {
        return new HumanMessage(texts.language(), texts.get("test.title"), Tone.INFO,
                texts.get("test.body", "name", orDash(test.destinationName())),
                List.of(new Fact(texts.get("label.when"), TIME.format(test.occurredAt()))), null, null, null,
                List.of(), null, List.of(new Link(texts.get("link.portcullis"), links.base())), texts.get("footer"));
    }

    private Item item(Notice notice, MessageTexts texts) {
        String event = texts.get("event." + notice.type().wireName());
        if (notice.type().aboutAFinding()) {
            Notice.NoticeFinding finding = finding(notice);
            String checkTitle = catalogue.definition(finding.checkId(), texts.language())
                    .map(c -> c.headline(statusAfter(notice.type()))).orElse(finding.checkId());
            return new Item(texts.get("digest.item.finding", "severity", severityText(finding.severity(), texts),
                    "event", event, "resource", orDash(finding.resourceName()), "check", checkTitle),
                    finding.id() == null ? null : links.finding(finding.id()));
        }
        String where = notice.type() == EventType.SUBSCRIPTION_STALE
                ? subscription(notice).orElse("-") : tenant(notice);
        return new Item(texts.get("digest.item.other", "event", event, "where", where), null);
    }

    /** The finding as the transition saw it; as the API shows it now when the event did not carry it. */
    private static Notice.NoticeFinding finding(Notice notice) {
        if (notice.finding() != null) {
            return notice.finding();
        }
        var view = notice.findingView();
        if (view == null) {
            return new Notice.NoticeFinding(null, null, null, null, null, notice.detail());
        }
        return new Notice.NoticeFinding(view.id(), view.checkId(), view.severity(), view.resourceId(),
                view.resourceName(), view.detail());
    }

    private static int severityRank(Notice notice) {
        if (!notice.type().aboutAFinding()) {
            return Severity.values().length + 1;
        }
        return severity(finding(notice).severity()).map(Enum::ordinal).orElse(Severity.values().length);
    }

    /** The label of a finding's resource by its check's scope; null for a subscription-wide check. */
    private static String resourceLabel(Optional<CheckDefinition> check, String resourceId) {
        CheckScope scope = check.map(CheckDefinition::scope).orElse(null);
        if (scope == CheckScope.VM || scope == null && PublicLinks.isVm(resourceId)) {
            return "label.vm";
        }
        if (scope == CheckScope.SCALE_SET) {
            return "label.scale_set";
        }
        return scope == CheckScope.SUBSCRIPTION ? null : "label.resource";
    }

    private static Optional<Severity> severity(String value) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst();
    }

    private static String severityText(String value, MessageTexts texts) {
        return severity(value).map(s -> texts.get("severity." + s.name())).orElse(orDash(value));
    }

    private static String scanStatus(String status, MessageTexts texts) {
        return switch (status == null ? "" : status) {
            case "SUCCEEDED", "FAILED", "PARTIAL", "RUNNING", "QUEUED" -> texts.get("scan_status." + status);
            default -> orDash(status);
        };
    }

    /** "Name (id)", the id alone when the name is unknown; empty when the event is about no subscription. */
    private static Optional<String> subscription(Notice notice) {
        if (notice.subscriptionId() == null) {
            return Optional.ofNullable(notice.subscriptionName());
        }
        return Optional.of(notice.subscriptionName() == null || notice.subscriptionName().isBlank()
                ? notice.subscriptionId() : notice.subscriptionName() + " (" + notice.subscriptionId() + ")");
    }

    private static String tenant(Notice notice) {
        return notice.tenant() == null ? "-" : orDash(notice.tenant().displayName());
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
