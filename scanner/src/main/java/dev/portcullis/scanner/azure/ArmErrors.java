package dev.portcullis.scanner.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.management.exception.ManagementException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns ARM and Entra ID failures into one-line messages fit for a scan record or an API answer: the HTTP status, the
 * service's error code, and a sentence of ours. The service's own message is never passed on: it is text from another
 * host (a hostile or misconfigured endpoint could put anything in it), and a caller must not be able to read a
 * server's answers through Portcullis.
 */
public final class ArmErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** ARM error codes are identifiers such as {@code AuthorizationFailed}; anything else is not repeated. */
    private static final Pattern CODE = Pattern.compile("^[A-Za-z][A-Za-z0-9._]{0,79}$");
    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d{4,8})");
    private static final int MAX_LOCAL_MESSAGE = 300;
    private static final Map<String, String> ENTRA_SENTENCES = Map.of(
            "700016", "the application (client id) is not registered in this tenant",
            "90002", "the tenant was not found",
            "7000215", "the client secret is not valid",
            "7000222", "the client secret has expired",
            "700027", "the certificate's client assertion was not accepted",
            "700024", "the client assertion is outside its valid time",
            "70021", "no federated credential of the application matches the token",
            "700211", "no federated credential of the application matches the token's issuer",
            "700213", "no federated credential of the application matches the token's subject");

    private ArmErrors() {
    }

    /** {@code ": Code: sentence"} for an ARM error answer of this status; the body's message is left out. */
    static String describe(int status, String body) {
        return codeOf(body).map(code -> ": " + code).orElse("") + ": " + sentence(status);
    }

    /** A readable description of any failure thrown while talking to ARM or Entra ID. */
    public static String describe(Throwable failure) {
        if (failure instanceof ArmCallException own) {
            return own.getMessage();
        }
        Optional<String> entra = entraCode(failure);
        if (entra.isPresent()) {
            return "Entra ID refused the credential (AADSTS" + entra.get() + ": "
                    + ENTRA_SENTENCES.getOrDefault(entra.get(), "see Microsoft's AADSTS error codes") + ")";
        }
        if (failure instanceof ClientAuthenticationException) {
            return "Entra ID refused the credential";
        }
        if (failure instanceof ManagementException management && management.getResponse() != null) {
            int status = management.getResponse().getStatusCode();
            String code = management.getValue() == null ? null : management.getValue().getCode();
            return "ARM answered " + status + (code != null && CODE.matcher(code).matches() ? ": " + code : "")
                    + ": " + sentence(status);
        }
        if (failure instanceof HttpResponseException http && http.getResponse() != null) {
            int status = http.getResponse().getStatusCode();
            return "ARM answered " + status + ": " + sentence(status);
        }
        return local(failure);
    }

    /** What ARM's status means for a read, in our words. */
    static String sentence(int status) {
        return switch (status) {
            case 400 -> "ARM refused the request as malformed";
            case 401 -> "the credential was not accepted";
            case 403 -> "the credential lacks a permission this read needs";
            case 404 -> "the subscription, resource or management group was not found";
            case 409 -> "ARM reported a conflict";
            case 429 -> "ARM throttled the reads and the retries ran out";
            default -> status >= 500 ? "ARM failed on its side" : "ARM answered with an error";
        };
    }

    private static Optional<String> codeOf(String body) {
        try {
            JsonNode code = JSON.readTree(body).path("error").path("code");
            return code.isTextual() && CODE.matcher(code.asText()).matches() ? Optional.of(code.asText())
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The AADSTS number of an Entra ID refusal anywhere in the chain of causes. */
    private static Optional<String> entraCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            boolean fromEntra = t instanceof ClientAuthenticationException
                    || t.getClass().getName().startsWith("com.microsoft.aad.msal4j.");
            if (fromEntra && t.getMessage() != null) {
                Matcher matcher = AADSTS.matcher(t.getMessage());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A failure that no remote service answered in words: a connection refused, a timeout, a TLS handshake, or an
     * answer that could not be read. Network and TLS errors keep their first line (written by this process, naming the
     * host or the cause); for any other, the type alone, since a parser's message quotes the text it could not read.
     */
    private static String local(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return "ARM's answer could not be read as JSON";
        }
        String type = root.getClass().getName();
        boolean network = type.startsWith("java.net.") || type.startsWith("javax.net.ssl.")
                || root instanceof java.util.concurrent.TimeoutException || type.startsWith("io.netty.");
        String message = network && root.getMessage() != null ? root.getMessage() : "";
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        if (message.length() > MAX_LOCAL_MESSAGE) {
            message = message.substring(0, MAX_LOCAL_MESSAGE) + "…";
        }
        return "ARM could not be reached or read: " + root.getClass().getSimpleName()
                + (message.isEmpty() ? "" : " (" + message + ")");
    }
}
