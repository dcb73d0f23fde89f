package io.github.cptskit.example;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.github.cptskit.spring.boot.DeadlineSchedulerLifecycle;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No patient reference in what the backend logs (cptskit's loggers at DEBUG, the rest at INFO) nor in
 * its meters' names and tags, through accepted, refused and conflicting commands, a deadline expiry and
 * a NIR sent as patient reference.
 */
class NothingPersonalTest {

    @Test
    void noPatientReferenceInLogsOrMeterTags() {
        Backend app = Backend.get();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        String patient = "pat-secret-" + UUID.randomUUID().toString().substring(0, 8);
        String nir = "185057800608436";
        String instance;
        try {
            Backend.Response started = app.post(
                    "/api/pathways/P2/instances",
                    "{\"patient\":\"" + patient + "\",\"command\":{\"type\":\"trieParArm\",\"author\":\"usr-1\","
                            + "\"data\":{\"orientation\":\"REGULATION_MG\"}}}");
            assertThat(started.status()).isEqualTo(201);
            instance = started.json().get("instance").asText();
            String commands = "/api/pathways/P2/instances/" + instance + "/commands";
            assertThat(app.post(commands, "{\"type\":\"regule\",\"author\":\"usr-2\",\"data\":{\"decision\":\"RDV\"}}")
                            .status())
                    .isEqualTo(200);
            assertThat(app.post(commands, "{\"type\":\"regule\",\"author\":\"usr-2\",\"data\":{\"decision\":\"RDV\"}}")
                            .status())
                    .isEqualTo(409);
            assertThat(app.post(
                                    "/api/pathways/P2/instances",
                                    "{\"instance\":\"" + instance + "\",\"patient\":\"" + patient
                                            + "\",\"command\":{\"type\":\"trieParArm\",\"author\":\"usr-1\","
                                            + "\"data\":{\"orientation\":\"REGULATION_MG\"}}}")
                            .status())
                    .isEqualTo(409);
            assertThat(app.post(
                                    "/api/pathways/P2/instances",
                                    "{\"patient\":\"" + nir + "\",\"command\":{\"type\":\"trieParArm\","
                                            + "\"author\":\"usr-1\",\"data\":{\"orientation\":\"REGULATION_MG\"}}}")
                            .status())
                    .isEqualTo(422);
            Backend.NOW.updateAndGet(t -> t.plus(Duration.ofHours(49)));
            app.context.getBean(DeadlineSchedulerLifecycle.class).runOnce();
            assertThat(app.get("/api/pathways/P2/instances/" + instance)
                            .json()
                            .get("state")
                            .asText())
                    .isEqualTo("ECHEC_DELAI");
        } finally {
            root.detachAppender(logs);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : logs.list) {
            lines.add(e.getLoggerName() + " " + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        assertThat(lines).as("something was logged").isNotEmpty();
        assertThat(lines).noneMatch(l -> l.contains(patient) || l.contains(nir));

        MeterRegistry registry = app.context.getBean(MeterRegistry.class);
        List<String> cpts = new ArrayList<>();
        for (Meter m : registry.getMeters()) {
            StringBuilder sb = new StringBuilder(m.getId().getName());
            for (Tag t : m.getId().getTags()) {
                sb.append(' ').append(t.getKey()).append('=').append(t.getValue());
            }
            if (m.getId().getName().startsWith("cpts.")) {
                cpts.add(sb.toString());
            }
            assertThat(sb.toString())
                    .doesNotContain(patient)
                    .doesNotContain(nir)
                    .doesNotContain(instance);
        }
        assertThat(cpts)
                .anyMatch(s -> s.startsWith("cpts.store.appends") && s.contains("outcome=conflict"))
                .anyMatch(s -> s.startsWith("cpts.deadlines.fired"))
                .anyMatch(s -> s.startsWith("cpts.problems") && s.contains("code=PATIENT_REF_LOOKS_LIKE_NIR"));
    }
}
