package dev.portcullis.deploy.support;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accounts and tokens the tests create through the API as the admin, and the ways they sign in. */
public final class People {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String SESSION_COOKIE = "portcullis-session";

    private People() {
    }

    /** A new account with a unique name; returns its name. */
    public static String account(String prefix, String role, List<String> tenants) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"%s\", \"tenants\": %s}"
                        .formatted(username, PASSWORD, role, json(tenants)))
                .post("/api/v1/users").then().statusCode(201);
        return username;
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** A token created by this account for these role and tenants, valid for a day. */
    public static String token(String owner, String role, List<String> tenants) {
        return createToken(owner, role, tenants).getString("token");
    }

    /** The id of a token created as by {@link #token}. */
    public static String tokenId(String owner, String role, List<String> tenants) {
        return createToken(owner, role, tenants).getString("id");
    }

    private static io.restassured.path.json.JsonPath createToken(String owner, String role, List<String> tenants) {
        return as(owner).contentType(ContentType.JSON)
                .body("{\"name\": \"t-%s\", \"role\": \"%s\", \"tenants\": %s, \"expiresAt\": \"%s\"}".formatted(
                        UUID.randomUUID().toString().substring(0, 6), role, json(tenants),
                        Instant.now().plus(1, ChronoUnit.DAYS)))
                .post("/api/v1/tokens").then().statusCode(201).extract().jsonPath();
    }

    /** The id of an account, by name. */
    public static String accountId(String username) {
        return asAdmin().get("/api/v1/users").jsonPath().<java.util.Map<String, Object>>getList("items").stream()
                .filter(u -> username.equals(u.get("username"))).map(u -> (String) u.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no account " + username));
    }

    /** The page session cookie's value after signing in through the login form. */
    public static String sessionToken(String username, String password) {
        return signedIn(username, password).getCookieStore().getCookies().stream()
                .filter(c -> SESSION_COOKIE.equals(c.getName())).map(c -> c.getValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** Signs in through the login form (with its CSRF token); the filter then carries the page session. */
    public static CookieFilter signedIn(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        signIn(cookies, username, password).then().statusCode(303);
        return cookies;
    }

    /** Posts the login form as a browser does: the form's page first, for its CSRF cookie and token. */
    public static io.restassured.response.Response signIn(CookieFilter cookies, String username, String password) {
        return given().filter(cookies).redirects().follow(false).formParam("csrf-token", csrfToken(cookies, "/login"))
                .formParam("username", username).formParam("password", password).post("/login");
    }

    /**
     * The CSRF token of a page's forms, for the session that fetched it (its cookie is then in the filter). The cookie
     * is signed, so every page fetched mints a new token: fetch it right before the post it is for.
     */
    public static String csrfToken(CookieFilter session, String page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(given().filter(session).get(page).then().statusCode(200).extract().asString());
        if (!token.find()) {
            throw new AssertionError(page + " has no form with a CSRF token");
        }
        return token.group(1);
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
