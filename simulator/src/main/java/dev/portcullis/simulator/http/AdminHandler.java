package dev.portcullis.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.portcullis.simulator.change.ArmOperation;
import dev.portcullis.simulator.change.Change;
import dev.portcullis.simulator.change.EstateChanges;
import dev.portcullis.simulator.change.EventGridPublisher;
import dev.portcullis.simulator.estate.DemoDay;
import dev.portcullis.simulator.fault.Fault;
import dev.portcullis.simulator.fault.Faults;
import dev.portcullis.simulator.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The simulator's own endpoints, for tests and demos in another process:
 * <ul>
 *   <li>{@code POST /_simulator/faults?match=REGEX&status=429&retryAfter=1&times=1&delayMs=0&header=NAME:VALUE} adds a
 *       fault;</li>
 *   <li>{@code GET /_simulator/faults} lists them, {@code DELETE /_simulator/faults} clears them;</li>
 *   <li>{@code GET /_simulator/requests[?match=REGEX]} counts served ARM requests (total, by status,
 *       matching) and says how many were in flight at most at once ({@code maxInFlight}) and the time spent in them
 *       summed over requests ({@code busyMs}), {@code DELETE /_simulator/requests} resets the log;</li>
 *   <li>{@code POST /_simulator/estate?day=N} serves the demo estate of day N (0 to 29) and the 500
 *       faults of that day's failing subscriptions; {@code GET /_simulator/estate} tells the day
 *       served. Both answer {@code {"day", "failingSubscriptions", "virtualMachines"}};</li>
 *   <li>{@code POST /_simulator/latency?ms=N} sets the time added to every ARM answer from the next request on,
 *       {@code GET /_simulator/latency} tells it; both answer {@code {"ms"}};</li>
 *   <li>{@code POST /_simulator/changes/open-port?vm=ID_OR_NAME&port=22[&source=Internet][&caller=UPN]},
 *       {@code POST /_simulator/changes/write?resource=ID[&operation=OP][&caller=UPN]},
 *       {@code POST /_simulator/changes/burst?resource=ID&count=N[&operation=OP][&caller=UPN]} change the estate and
 *       record the writes ({@link EstateChanges}); {@code GET /_simulator/changes} lists the changes,
 *       {@code DELETE /_simulator/changes} undoes them and empties the activity log;</li>
 *   <li>{@code POST /_simulator/activitylog?delayMs=N} sets how late events arrive, {@code GET} tells it and counts
 *       events, {@code DELETE} empties the log;</li>
 *   <li>{@code POST /_simulator/eventgrid?url=URL[&caFile=PEM][&retryDelaysMs=500,1000]} sets the Event Grid target
 *       and validates it, {@code GET} tells its status and counts, {@code DELETE} stops pushing;
 *       {@code GET /_simulator/eventgrid/validate?code=C} is the handshake's manual validation URL.</li>
 * </ul>
 */
final class AdminHandler implements HttpHandler {

    private final Faults faults;
    private final RequestLog log;
    private final DaySwitch days;
    private final Latency latency;
    /** {@code null}: the change endpoints answer 404. */
    private final EstateChanges changes;

    AdminHandler(Faults faults, RequestLog log, DaySwitch days, Latency latency, EstateChanges changes) {
        this.changes = changes;
        this.faults = faults;
        this.log = log;
        this.days = days;
        this.latency = latency;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        ArmRequest request = ArmRequest.of(exchange.getRequestMethod(), exchange.getRequestURI());
        ArmResponse response;
        try {
            response = answer(request);
        } catch (IllegalArgumentException e) {
            response = ArmResponse.error(400, "InvalidRequest", e.getMessage());
        }
        ArmHandler.send(exchange, response);
    }

    private ArmResponse answer(ArmRequest request) {
        String what = request.path().substring(ArmHandler.ADMIN_PREFIX.length()).toLowerCase(Locale.ROOT);
        String method = request.method();
        return switch (what) {
            case "/faults" -> switch (method) {
                case "POST" -> addFault(request);
                case "GET" -> ArmResponse.ok(faultsJson(faults.active()));
                case "DELETE" -> {
                    int cleared = faults.active().size();
                    faults.clear();
                    yield ArmResponse.ok(JsonWriter.object(json -> json.field("cleared", cleared)));
                }
                default -> ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET, POST, DELETE");
            };
            case "/requests" -> switch (method) {
                case "GET" -> ArmResponse.ok(requestCounts(request.parameter("match")));
                case "DELETE" -> {
                    int cleared = log.clear();
                    yield ArmResponse.ok(JsonWriter.object(json -> json.field("cleared", cleared)));
                }
                default -> ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET, DELETE");
            };
            case "/estate" -> days == null ? ArmErrors.notFound(request.path()) : switch (method) {
                case "GET" -> ArmResponse.ok(dayJson(days.current()));
                case "POST" -> switchDay(request);
                default -> ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET, POST");
            };
            case "/latency" -> switch (method) {
                case "GET" -> ArmResponse.ok(latencyJson());
                case "POST" -> {
                    String ms = request.parameter("ms");
                    if (ms == null || ms.isBlank()) {
                        throw new IllegalArgumentException("give the latency: ?ms=N");
                    }
                    latency.set(Duration.ofMillis(number(ms, "ms")));
                    yield ArmResponse.ok(latencyJson());
                }
                default -> ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET, POST");
            };
            case "/changes", "/changes/open-port", "/changes/write", "/changes/burst", "/activitylog", "/eventgrid",
                 "/eventgrid/validate" -> changes == null ? ArmErrors.notFound(request.path()) : changes(what, request);
            default -> ArmErrors.notFound(request.path());
        };
    }

    private ArmResponse changes(String what, ArmRequest request) {
        String method = request.method();
        String caller = request.parameter("caller") == null ? EstateChanges.DEFAULT_CALLER : request.parameter("caller");
        return switch (what) {
            case "/changes" -> switch (method) {
                case "GET" -> ArmResponse.ok(JsonWriter.object(json -> json.array("value",
                        array -> changes.list().forEach(change -> array.rawValue(change.json())))));
                case "DELETE" -> {
                    int cleared = changes.clear();
                    yield ArmResponse.ok(JsonWriter.object(json -> json.field("cleared", cleared)));
                }
                default -> ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET, DELETE");
            };
            case "/changes/open-port" -> post(method, () -> changes.openPort(required(request, "vm"),
                    request.parameter("port") == null ? 22 : number(request.parameter("port"), "port"),
                    request.parameter("source") == null ? "Internet" : request.parameter("source"), caller));
            case "/changes/write" -> post(method, () -> changes.write(operation(request), caller));
            case "/changes/burst" -> post(method, () -> changes.burst(operation(request),
                    number(required(request, "count"), "count"), caller));
            case "/activitylog" -> switch (method) {
                case "GET" -> ArmResponse.ok(activityLogJson());
                case "POST" -> {
                    changes.activityLog().delay(Duration.ofMillis(number(required(request, "delayMs"), "delayMs")));
                    yield ArmResponse.ok(activityLogJson());
                }
                case "DELETE" -> {
                    int cleared = changes.activityLog().clear();
                    yield ArmResponse.ok(JsonWriter.object(json -> json.field("cleared", cleared)));
                }
                default -> ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET, POST, DELETE");
            };
            case "/eventgrid" -> switch (method) {
                case "GET" -> ArmResponse.ok(eventGridJson(changes.eventGrid().status()));
                case "POST" -> {
                    EventGridPublisher publisher = changes.eventGrid();
                    String delays = request.parameter("retryDelaysMs");
                    if (delays != null) {
                        List<Duration> parsed = new ArrayList<>();
                        Arrays.stream(delays.split(",")).filter(text -> !text.isBlank())
                                .forEach(text -> parsed.add(Duration.ofMillis(number(text, "retryDelaysMs"))));
                        publisher.retryDelays(parsed);
                    }
                    String caFile = request.parameter("caFile");
                    yield ArmResponse.ok(eventGridJson(publisher.target(required(request, "url"),
                            caFile == null ? null : EventGridPublisher.trusting(Path.of(caFile)))));
                }
                case "DELETE" -> {
                    changes.eventGrid().stop();
                    yield ArmResponse.ok(eventGridJson(changes.eventGrid().status()));
                }
                default -> ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET, POST, DELETE");
            };
            default -> !"GET".equals(method) ? ArmErrors.methodNotAllowed(method).withHeader("Allow", "GET")
                    : changes.eventGrid().validateManually(required(request, "code"))
                            ? ArmResponse.ok(JsonWriter.object(json -> json.field("validated", true)))
                            : ArmResponse.error(404, "NotFound", "No Event Grid validation awaits this code.");
        };
    }

    private static ArmResponse post(String method, java.util.function.Supplier<Change> change) {
        if (!"POST".equals(method)) {
            return ArmErrors.methodNotAllowed(method).withHeader("Allow", "POST");
        }
        return new ArmResponse(201, change.get().json(), Map.of());
    }

    private static ArmOperation operation(ArmRequest request) {
        String resource = required(request, "resource");
        String operation = request.parameter("operation");
        return operation == null ? ArmOperation.write(resource) : new ArmOperation(operation, resource);
    }

    private static String required(ArmRequest request, String name) {
        String value = request.parameter(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("give " + name + "=");
        }
        return value;
    }

    private String activityLogJson() {
        return JsonWriter.object(json -> json
                .field("delayMs", changes.activityLog().delay().toMillis())
                .field("events", changes.activityLog().all().size())
                .field("arrived", changes.activityLog().arrived()));
    }

    private static String eventGridJson(EventGridPublisher.Status status) {
        return JsonWriter.object(json -> {
            json.optionalField("url", status.url())
                    .field("validated", status.validated())
                    .optionalField("validationError", status.validationError())
                    .field("delivered", status.delivered())
                    .field("failed", status.failed())
                    .field("attempts", status.attempts())
                    .field("pending", status.pending());
        });
    }

    private String latencyJson() {
        return JsonWriter.object(json -> json.field("ms", latency.get().toMillis()));
    }

    private ArmResponse switchDay(ArmRequest request) {
        String text = request.parameter("day");
        if (text == null || text.isBlank()) {
            return ArmResponse.error(400, "InvalidParameter", "Give the day to serve: ?day=N, N from 0 to 29.");
        }
        int day;
        try {
            day = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return ArmResponse.error(400, "InvalidParameter", "day must be a whole number from 0 to 29, not '" + text + "'.");
        }
        try {
            return ArmResponse.ok(dayJson(days.serve(day)));
        } catch (IllegalArgumentException e) {
            return ArmResponse.error(400, "InvalidParameter", e.getMessage() + ".");
        }
    }

    private static String dayJson(DemoDay day) {
        return JsonWriter.object(json -> json
                .field("day", day.day())
                .stringArray("failingSubscriptions", day.failingSubscriptions())
                .field("virtualMachines", day.virtualMachines()));
    }

    private ArmResponse addFault(ArmRequest request) {
        String status = request.parameter("status");
        String delay = request.parameter("delayMs");
        String header = request.parameter("header");
        if (status == null && delay == null && header == null) {
            throw new IllegalArgumentException("give status, delayMs, header or a mix");
        }
        Fault fault = status != null ? Fault.status(number(status, "status"))
                : Fault.delayMillis(delay != null ? number(delay, "delayMs") : 0);
        if (status != null && delay != null) {
            fault = fault.withDelayMillis(number(delay, "delayMs"));
        }
        if (header != null) {
            int colon = header.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("header must be NAME:VALUE, not '" + header + "'");
            }
            fault = fault.withHeader(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        String retryAfter = request.parameter("retryAfter");
        if (retryAfter != null) {
            fault = fault.retryAfterSeconds(number(retryAfter, "retryAfter"));
        }
        String times = request.parameter("times");
        if (times != null) {
            fault = fault.times(number(times, "times"));
        }
        String match = request.parameter("match");
        if (match != null) {
            try {
                fault = fault.matching(match);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("match is not a regular expression: " + e.getDescription());
            }
        }
        faults.add(fault);
        Fault added = fault;
        return new ArmResponse(201, JsonWriter.object(json -> json.name("fault").rawValue(faultJson(added))), Map.of());
    }

    private String requestCounts(String match) {
        List<ServedRequest> requests = log.snapshot();
        Map<String, Integer> byStatus = new TreeMap<>();
        requests.forEach(request -> byStatus.merge(Integer.toString(request.status()), 1, Integer::sum));
        return JsonWriter.object(json -> {
            json.field("total", requests.size());
            if (match != null) {
                Pattern pattern = Pattern.compile(match);
                json.field("match", match)
                        .field("matching", requests.stream().filter(r -> pattern.matcher(r.path()).find()).count());
            }
            json.object("byStatus", counts -> byStatus.forEach((code, count) -> counts.field(code, count)));
            json.field("maxInFlight", log.maxInFlight()).field("busyMs", log.busyMillis());
        });
    }

    private static String faultsJson(List<Fault> faults) {
        return JsonWriter.object(json -> json.array("value", array -> faults.forEach(f -> array.rawValue(faultJson(f)))));
    }

    private static String faultJson(Fault fault) {
        return JsonWriter.object(json -> {
            json.field("match", fault.regex());
            if (fault.status() != null) {
                json.field("status", fault.status());
            }
            if (fault.retryAfterSeconds() != null) {
                json.field("retryAfter", fault.retryAfterSeconds());
            }
            json.field("delayMs", fault.delayMillis());
            if (fault.times() != Fault.UNLIMITED) {
                json.field("times", fault.times());
            }
            if (!fault.headers().isEmpty()) {
                json.object("headers", headers -> fault.headers().forEach(headers::field));
            }
        });
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
        }
    }
}
