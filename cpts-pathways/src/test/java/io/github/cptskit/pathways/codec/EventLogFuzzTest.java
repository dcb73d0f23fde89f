package io.github.cptskit.pathways.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.catalogue.NoContext;
import io.github.cptskit.pathways.catalogue.Pathway;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.Decision;
import io.github.cptskit.pathways.engine.Definition;
import io.github.cptskit.pathways.engine.Event;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.InstanceState;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.engine.Rejection;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of what a pathway takes from outside (issue #8): stored event logs, and commands with
 * arbitrary event types and data. Whatever the input: coded problems or rejections, never an
 * exception, never a hang; a log that reads back writes to the same text and replays to the state
 * the engine computes; a rejection never repeats a datum's value.
 */
class EventLogFuzzTest {
    private static final Definition<NoContext> SNP = Catalogue.find("P2").get().definition();
    private static final Definition<NoContext> COOPERATION =
            Catalogue.find("P5").get().definition();

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void eventLog(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (Definition<NoContext> def : List.of(SNP, COOPERATION)) {
            Validation<Seq<Problem>, Seq<Event>> v = EventLog.read(def, NoContext.INSTANCE, "fuzz.jsonl", text);
            if (v.isValid()) {
                String again = EventLog.write(def, v.get());
                assertThat(EventLog.read(def, NoContext.INSTANCE, "again", again)
                                .get())
                        .isEqualTo(v.get());
            } else {
                assertThat(v.getError()).allSatisfy(p -> {
                    assertThat(p.code()).matches("[A-Z_]+");
                    assertThat(p.location()).isNotEmpty();
                });
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void commands(FuzzedDataProvider in) {
        Pathway p = Catalogue.all().get(in.consumeInt(0, Catalogue.all().size() - 1));
        Definition<NoContext> def = p.definition();
        InstanceState s = def.engine()
                .start(new InstanceId("fuzz-1"), PatientRef.parse("pat-fuzz").get());
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        PatientRef patient = PatientRef.parse("pat-fuzz").get();
        Seq<String> types = def.eventTypes().keySet().toList().append("inconnu");
        for (int i = 0; i < 20 && in.remainingBytes() > 0; i++) {
            t = t.plusSeconds(in.consumeLong(0, 3_000_000L));
            String type = types.get(in.consumeInt(0, types.size() - 1));
            TreeMap<String, String> data = TreeMap.empty();
            int n = in.consumeInt(0, 4);
            for (int k = 0; k < n; k++) {
                data = data.put(in.consumeString(12), in.consumeString(40));
            }
            Either<Rejection, Decision> d = def.engine()
                    .decide(
                            s,
                            Command.of(type, ActorRef.UNKNOWN, data),
                            NoContext.INSTANCE,
                            Clock.fixed(t, ZoneOffset.UTC));
            if (d.isRight()) {
                s = d.get().state();
                assertThat(def.states().contains(s.state())).isTrue();
            } else {
                Rejection r = d.getLeft();
                assertThat(r.code()).matches("[A-Z_]+");
                for (var kv : data) {
                    // A value that is also a key, an event type or a field name may rightly be named.
                    boolean alsoAKey = data.containsKey(kv._2)
                            || def.eventTypes().containsKey(kv._2)
                            || def.eventTypes()
                                    .values()
                                    .exists(et ->
                                            et.fields().exists(f -> f.name().equals(kv._2)));
                    if (kv._2.length() > 3 && !alsoAKey) {
                        assertThat(r.messageEn()).doesNotContain("\"" + kv._2 + "\"");
                    }
                }
            }
        }
    }
}
