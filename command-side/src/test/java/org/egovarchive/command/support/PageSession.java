package org.egovarchive.command.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser as plain HTTP sees it: a cookie jar, the login form with its CSRF token, redirects not followed. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public PageSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in through the login form as {@code user} (password {@code demo}). */
    public PageSession signIn(String user) {
        Response login = post("/login", "username=" + user + "&password=demo&_csrf=" + csrf("/login"));
        assertThat(login.status()).as(login.body()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("error");
        return this;
    }

    /** The CSRF token of the form on a page. */
    public String csrf(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public Response post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Response send(HttpRequest.Builder request, HttpResponse.BodyHandler<byte[]> body) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), body);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.headers().firstValue("Content-Security-Policy").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back; {@code bytes} as sent (a zip stays a zip). */
    public record Response(int status, String contentType, String location, String contentSecurityPolicy, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
