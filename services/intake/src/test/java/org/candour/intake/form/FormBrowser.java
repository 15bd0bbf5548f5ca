package org.candour.intake.form;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript: keeps its session cookie, follows redirects, and sends forms with
 * the CSRF token the page gave it, as a person's browser would.
 */
final class FormBrowser {

    static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /**
     * A page as the browser ended up on it.
     *
     * @param status the status of the last response
     * @param path the path of the last request, with its query
     * @param redirects the statuses of the redirects followed to get here
     * @param body the HTML as sent
     * @param headers the last response's headers
     * @param document the HTML, parsed
     */
    record Page(int status, String path, List<Integer> redirects, String body, HttpHeaders headers, Document document) {

        Element byId(String id) {
            Element element = document.getElementById(id);
            if (element == null) {
                throw new AssertionError("No element #" + id + " on " + path + ":\n" + body);
            }
            return element;
        }

        String title() {
            return document.title();
        }

        String text() {
            return document.body().text();
        }

        @Override
        public String toString() {
            return status + " " + path;
        }
    }

    private final HttpClient http;
    private final CookieManager cookies;
    private final List<HttpCookie> received;
    private final String base;

    FormBrowser(int port) {
        this(new CookieManager(), port);
    }

    private FormBrowser(CookieManager cookies, int port) {
        this(
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                cookies,
                new ArrayList<>(),
                port);
    }

    private FormBrowser(HttpClient http, CookieManager cookies, List<HttpCookie> received, int port) {
        this.http = http;
        this.cookies = cookies;
        this.received = received;
        this.base = "http://localhost:" + port;
    }

    /** The same browser, cookies and all, sent to another port: a load balancer choosing another replica. */
    FormBrowser at(int port) {
        return new FormBrowser(http, cookies, received, port);
    }

    /** A browser that starts with this cookie, as someone who made it up, or copied it, would. */
    static FormBrowser withCookie(int port, String name, String value) {
        FormBrowser browser = new FormBrowser(port);
        HttpCookie cookie = new HttpCookie(name, value);
        // Version 0: sent as name=value, as a browser sends the cookie the service set.
        cookie.setVersion(0);
        cookie.setPath("/");
        browser.cookies.getCookieStore().add(URI.create(browser.base), cookie);
        return browser;
    }

    /** Every value of this cookie that any response set, on any port, in the order received. */
    List<String> receivedCookies(String name) {
        return received.stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .toList();
    }

    Page get(String path) {
        return follow(request(path).GET().build(), new ArrayList<>());
    }

    /**
     * Sends the page's first form with its hidden fields (the CSRF token) and these name-value pairs,
     * each of which must name a control of the form, as a browser can send no others.
     */
    Page submit(Page page, String... fields) {
        return submit(page, 0, fields);
    }

    /** Sends the page's n-th form. */
    Page submit(Page page, int form, String... fields) {
        Element element = page.document().select("form[method=post]").get(form);
        List<String> pairs = new ArrayList<>();
        for (Element hidden : element.select("input[type=hidden]")) {
            pairs.add(hidden.attr("name"));
            pairs.add(hidden.val());
        }
        for (int i = 0; i < fields.length; i += 2) {
            if (element.getElementsByAttributeValue("name", fields[i]).isEmpty()) {
                throw new AssertionError("The form on " + page.path() + " has no field named " + fields[i]);
            }
        }
        pairs.addAll(List.of(fields));
        return post(element.attr("action"), pairs.toArray(String[]::new));
    }

    /** Posts exactly these pairs: no token unless given. */
    Page post(String path, String... fields) {
        return follow(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                        .build(),
                new ArrayList<>());
    }

    /** Posts these pairs and returns the first answer's status, without following it, as a browser does with a request it abandons. */
    int postAndAbandon(String path, String... fields) {
        return send(request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                        .build())
                .statusCode();
    }

    /** The CSRF token a page's first form carries. */
    static String csrfToken(Page page) {
        return page.document()
                .select("form[method=post] input[name=_csrf]")
                .getFirst()
                .val();
    }

    static String encode(String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", ACCEPT_HTML);
    }

    private Page follow(HttpRequest request, List<Integer> redirects) {
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            redirects.add(status);
            String location = response.headers().firstValue("Location").orElseThrow();
            URI next = request.uri().resolve(location);
            return follow(
                    request(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()))
                            .GET()
                            .build(),
                    redirects);
        }
        String path = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null
                        ? ""
                        : "?" + request.uri().getRawQuery());
        return new Page(
                status,
                path,
                List.copyOf(redirects),
                response.body(),
                response.headers(),
                Jsoup.parse(response.body()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> received.addAll(HttpCookie.parse(header)));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
