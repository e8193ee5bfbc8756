package dev.servicedesk.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in over real HTTP stores the session in PostgreSQL, where any instance finds it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseSessionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void theSignedInSessionLivesInTheSpringSessionTable() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String form = http.send(HttpRequest.newBuilder(url("/users/sign_in")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();

        String body = "username=root&password=test-root-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(url("/users/sign_in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        String cookie = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("_servicedesk_session")).findFirst().orElseThrow().getValue();
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        String principal = jdbc.sql("select principal_name from spring_session where session_id = ?")
                .param(sessionId).query(String.class).single();
        assertThat(principal).isEqualTo("root");

        HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(url("/dashboard/projects")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("@root");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
