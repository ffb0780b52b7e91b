package dev.portcullis.notifications.destination;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.notification.EventType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.notifications.destination.DestinationRefusedException.Kind;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.audit.AuditLog.Outcome;
import dev.portcullis.persistence.notification.DeliveryQueries;
import dev.portcullis.persistence.notification.DeliveryView;
import dev.portcullis.persistence.notification.DestinationView;
import dev.portcullis.persistence.notification.Destinations;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Managing destinations, for the API and the pages alike: an OPERATOR or above creates, changes, deletes and tests
 * destinations, and sees only those whose tenants lie within their own. A destination belongs to its creator's
 * tenants (their grant when they made it) and acts within its creator's rights; its URL must pass the
 * {@link UrlPolicy}; its URL and webhook secret are sealed and never shown again. Every change is audited, never with
 * a URL's path or a secret.
 */
@ApplicationScoped
public class DestinationAdministration {

    public static final int MAX_NAME = 100;
    public static final int MAX_URL = 2048;
    public static final int MIN_SECRET = 16;
    public static final int MAX_SECRET = 256;
    public static final int MAX_RECIPIENTS = 50;
    public static final List<String> LANGUAGES = List.of("en", "ja");

    /** One address, no display name: what a mail server takes in RCPT TO, and nothing that could break a header. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9]"
            + "(?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final int MAX_ADDRESS = 254;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A destination just created, with the webhook secret generated for it (shown this once), if one was. */
    public record Created(DestinationView destination, String generatedSecret) {
    }

    private final Destinations destinations;
    private final DeliveryQueries deliveries;
    private final CheckCatalogue catalogue;
    private final AuditLog audit;
    private final UrlPolicy urls;

    public DestinationAdministration(Destinations destinations, DeliveryQueries deliveries, CheckCatalogue catalogue,
                                     AuditLog audit, DestinationsConfig config) {
        this.destinations = destinations;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
        this.audit = audit;
        this.urls = UrlPolicy.withSystemResolver(config.allowPrivate());
    }

    /** The destinations the caller may see, by name. */
    public List<DestinationView> list(Caller caller) {
        requireOperator(caller);
        return destinations.list(caller);
    }

    /** One destination the caller may see; 404 otherwise, exactly as an unknown id. */
    public DestinationView find(Caller caller, UUID id) {
        requireOperator(caller);
        return destinations.find(caller, id).orElseThrow(() -> notFound(id));
    }

    /** A destination's deliveries, newest first. */
    public List<DeliveryView> deliveries(Caller caller, UUID id, int limit) {
        return deliveries.recent(find(caller, id).id(), limit);
    }

    /** Each visible destination's newest delivery, by destination id. */
    public Map<UUID, DeliveryView> latestDeliveries(List<DestinationView> visible) {
        return deliveries.latest(visible.stream().map(DestinationView::id).toList());
    }

    /** The destinations in the caller's sight whose newest delivery failed; none for a VIEWER, who sees none. */
    public List<DeliveryQueries.FailingDestination> failing(Caller caller) {
        return caller.may(Role.OPERATOR) ? deliveries.failing(caller) : List.of();
    }

    /**
     * Creates a destination within the caller's tenants (their grant, stored with it). A webhook without a secret
     * gets a generated one, returned this once.
     */
    public Created create(Caller caller, DestinationInput input) {
        requireOperator(caller);
        String name = name(input.name());
        DestinationType type = type(input.type());
        UrlPolicy.Checked url = null;
        if (type.sendsToUrl()) {
            url = url(input.url());
        } else if (input.url() != null) {
            throw DestinationRefusedException.invalid(DestinationInput.URL, "url is for webhook, slack and teams: an"
                    + " email destination takes to");
        }
        String secret = null;
        String generated = null;
        if (type == DestinationType.WEBHOOK) {
            if (input.secret() == null) {
                generated = generateSecret();
                secret = generated;
            } else {
                secret = secret(input.secret());
            }
        } else if (input.secret() != null) {
            throw noSecret();
        }
        List<String> to = List.of();
        if (type == DestinationType.EMAIL) {
            to = recipients(input.to());
        } else if (input.to() != null && !input.to().isEmpty()) {
            throw DestinationRefusedException.invalid(DestinationInput.TO, "to is for email destinations only");
        }
        String language = language(input.language());
        Severity minSeverity = minSeverity(input.minSeverity());
        List<String> checks = checks(input.checks());
        List<String> events = events(input.events());

        Grant grant = new Grant(caller.role(), caller.allTenants(), caller.entraTenantIds());
        UUID owner = caller.accountRef(); // the local account, a token's owner included; null for single sign-on
        DestinationView created = destinations.create(new Destinations.Draft(name, type,
                url == null ? null : url.uri().toString(), url == null ? null : UrlPolicy.shown(url.uri()), secret,
                to, language, minSeverity, checks, events, grant, owner, caller.name()));
        audit.record(caller, "CREATE_DESTINATION", Outcome.SUCCESS, target(created),
                describe(created) + (generated == null ? "" : "; secret generated"));
        return new Created(created, generated);
    }

    /**
     * Changes the fields given (JSON merge semantics): a new URL is checked and sealed, a new secret sealed; the type
     * cannot change (make a new destination), and a destination keeps its creator's tenants.
     */
    public DestinationView change(Caller caller, UUID id, DestinationInput input) {
        DestinationView current = find(caller, id);
        if (input.given().isEmpty()) {
            return current;
        }
        DestinationType type = current.type();
        String name = input.has(DestinationInput.NAME) ? name(input.name()) : null;
        if (input.has(DestinationInput.TYPE) && type(input.type()) != type) {
            throw DestinationRefusedException.invalid(DestinationInput.TYPE, "type cannot change: create a new"
                    + " destination of type " + input.type().trim().toLowerCase(Locale.ROOT) + " instead");
        }
        UrlPolicy.Checked url = null;
        if (input.has(DestinationInput.URL)) {
            if (type.sendsToUrl()) {
                url = url(input.url());
            } else if (input.url() != null) {
                throw DestinationRefusedException.invalid(DestinationInput.URL, "url is for webhook, slack and teams:"
                        + " an email destination takes to");
            }
        }
        String secret = null;
        if (input.has(DestinationInput.SECRET)) {
            if (type == DestinationType.WEBHOOK) {
                if (input.secret() == null) {
                    throw DestinationRefusedException.invalid(DestinationInput.SECRET, "a webhook always signs its"
                            + " messages: give a new secret of " + MIN_SECRET + " to " + MAX_SECRET + " characters");
                }
                secret = secret(input.secret());
            } else if (input.secret() != null) {
                throw noSecret();
            }
        }
        List<String> to = null;
        if (input.has(DestinationInput.TO)) {
            if (type == DestinationType.EMAIL) {
                to = recipients(input.to());
            } else if (input.to() != null && !input.to().isEmpty()) {
                throw DestinationRefusedException.invalid(DestinationInput.TO, "to is for email destinations only");
            }
        }
        String language = input.has(DestinationInput.LANGUAGE) ? language(input.language()) : null;
        Severity minSeverity = input.has(DestinationInput.MIN_SEVERITY) ? minSeverity(input.minSeverity()) : null;
        List<String> checks = input.has(DestinationInput.CHECKS) ? checks(input.checks()) : null;
        List<String> events = input.has(DestinationInput.EVENTS) ? events(input.events()) : null;

        DestinationView changed = destinations.change(caller, id, new Destinations.Change(name,
                url == null ? null : url.uri().toString(), url == null ? null : UrlPolicy.shown(url.uri()), secret,
                to, language, minSeverity, checks, events)).orElseThrow(() -> notFound(id));
        List<String> fields = DestinationInput.FIELDS.stream().filter(input::has).toList();
        audit.record(caller, "CHANGE_DESTINATION", Outcome.SUCCESS, target(changed), "changed "
                + String.join(", ", fields) + "; now " + describe(changed));
        return changed;
    }

    /** Deletes a destination the caller may see, with its deliveries. */
    public void delete(Caller caller, UUID id) {
        DestinationView destination = find(caller, id);
        if (!destinations.delete(caller, id)) {
            throw notFound(id);
        }
        audit.record(caller, "DELETE_DESTINATION", Outcome.SUCCESS, target(destination), describe(destination));
    }

    /**
     * Sends a destination a test message now through {@code sender} (the delivery side's), and audits it: whether the
     * message could be made and sent, never what it said or where exactly it went.
     */
    public DeliveryView test(Caller caller, UUID id, Function<UUID, DeliveryView> sender) {
        DestinationView destination = find(caller, id);
        DeliveryView delivery;
        try {
            delivery = sender.apply(destination.id());
        } catch (RuntimeException e) {
            audit.record(caller, "TEST_DESTINATION", Outcome.FAILURE, target(destination), "the test message could"
                    + " not be sent: " + e.getClass().getSimpleName());
            throw e;
        }
        audit.record(caller, "TEST_DESTINATION", Outcome.SUCCESS, target(destination), "delivery " + delivery.id()
                + ": " + delivery.status() + (delivery.lastStatusCode() == null ? ""
                : ", answered " + delivery.lastStatusCode()));
        return delivery;
    }

    private static void requireOperator(Caller caller) {
        if (!caller.may(Role.OPERATOR)) {
            throw new DestinationRefusedException(Kind.DENIED, null, "destinations need the OPERATOR role or above");
        }
    }

    private static DestinationRefusedException notFound(UUID id) {
        return new DestinationRefusedException(Kind.NOT_FOUND, "id", "Destination " + id + " does not exist");
    }

    private static DestinationRefusedException noSecret() {
        return DestinationRefusedException.invalid(DestinationInput.SECRET, "secret is for webhook destinations only:"
                + " Slack, Teams and email do not check signatures");
    }

    private static String name(String value) {
        if (value == null || value.isBlank()) {
            throw DestinationRefusedException.invalid(DestinationInput.NAME, "name is required");
        }
        String name = value.strip();
        if (name.length() > MAX_NAME) {
            throw DestinationRefusedException.invalid(DestinationInput.NAME, "name is longer than " + MAX_NAME
                    + " characters");
        }
        return name;
    }

    private static DestinationType type(String value) {
        return Optional.ofNullable(value).map(v -> v.strip().toLowerCase(Locale.ROOT)).flatMap(DestinationType::parse)
                .orElseThrow(() -> DestinationRefusedException.invalid(DestinationInput.TYPE, "type must be one of "
                        + Arrays.stream(DestinationType.values()).map(DestinationType::wireName).toList()));
    }

    private UrlPolicy.Checked url(String value) {
        if (value != null && value.length() > MAX_URL) {
            throw DestinationRefusedException.invalid(DestinationInput.URL, "url is longer than " + MAX_URL
                    + " characters");
        }
        try {
            return urls.check(value);
        } catch (UrlPolicy.RefusedUrlException e) {
            throw DestinationRefusedException.invalid(DestinationInput.URL, "url " + e.getMessage());
        }
    }

    private static String secret(String value) {
        if (value.length() < MIN_SECRET || value.length() > MAX_SECRET || value.isBlank()
                || value.chars().anyMatch(Character::isISOControl)) {
            throw DestinationRefusedException.invalid(DestinationInput.SECRET, "secret must have " + MIN_SECRET
                    + " to " + MAX_SECRET + " characters and no control characters (or leave it out: one is"
                    + " generated and shown once)");
        }
        return value;
    }

    /** 256 random bits, Base64url: the webhook's signing secret when the creator gives none. */
    static String generateSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static List<String> recipients(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw DestinationRefusedException.invalid(DestinationInput.TO, "to is required for an email destination:"
                    + " one address or more");
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String value : values) {
            String address = value == null ? "" : value.strip();
            if (address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches()) {
                throw DestinationRefusedException.invalid(DestinationInput.TO, "to holds an address that is not"
                        + " valid: " + (address.length() > 80 ? address.substring(0, 80) + "…" : address));
            }
            addresses.add(address);
        }
        if (addresses.size() > MAX_RECIPIENTS) {
            throw DestinationRefusedException.invalid(DestinationInput.TO, "to holds more than " + MAX_RECIPIENTS
                    + " addresses: use a mailing list");
        }
        return List.copyOf(addresses);
    }

    private static String language(String value) {
        String language = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw DestinationRefusedException.invalid(DestinationInput.LANGUAGE, "language must be one of "
                    + LANGUAGES);
        }
        return language;
    }

    private static Severity minSeverity(String value) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Severity.values()).filter(s -> s.name().equals(upper)).findFirst()
                .orElseThrow(() -> DestinationRefusedException.invalid(DestinationInput.MIN_SEVERITY,
                        "minSeverity must be one of " + Arrays.stream(Severity.values())
                                .map(s -> s.name().toLowerCase(Locale.ROOT)).toList()));
    }

    private List<String> checks(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> checks = new LinkedHashSet<>();
        for (String value : values) {
            String id = value == null ? "" : value.strip();
            if (catalogue.definition(id).isEmpty()) {
                throw DestinationRefusedException.invalid(DestinationInput.CHECKS, "checks holds " + id
                        + ", which is not in the catalogue");
            }
            checks.add(id);
        }
        return List.copyOf(checks);
    }

    private static List<String> events(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw DestinationRefusedException.invalid(DestinationInput.EVENTS, "events is required: one or more of "
                    + eventNames());
        }
        Set<EventType> events = new LinkedHashSet<>();
        for (String value : values) {
            events.add(EventType.parse(value == null ? "" : value.strip()).orElseThrow(() ->
                    DestinationRefusedException.invalid(DestinationInput.EVENTS, "events holds " + value
                            + ", which is not one of " + eventNames())));
        }
        return Arrays.stream(EventType.values()).filter(events::contains).map(EventType::wireName).toList();
    }

    private static List<String> eventNames() {
        return Arrays.stream(EventType.values()).map(EventType::wireName).toList();
    }

    private static String target(DestinationView destination) {
        return "destination " + destination.id() + " (" + destination.name() + ")";
    }

    /** What the audit log says of a destination: where to (scheme and host only), what and for which tenants. */
    static String describe(DestinationView d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.type().wireName() + (d.type().sendsToUrl() ? " " + d.urlShown()
                : " to " + String.join(", ", d.recipients())));
        parts.add("events " + String.join(", ", d.events()));
        parts.add("min severity " + d.minSeverity().name().toLowerCase(Locale.ROOT));
        parts.add("checks " + (d.checkIds().isEmpty() ? "all" : String.join(", ", d.checkIds())));
        parts.add("language " + d.language());
        parts.add("tenants " + String.join(", ", d.grant().tenantsAsWritten()));
        return String.join("; ", parts);
    }
}
