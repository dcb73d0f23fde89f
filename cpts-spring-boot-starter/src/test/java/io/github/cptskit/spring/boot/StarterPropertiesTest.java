package io.github.cptskit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.pathways.jdbc.PostgresEventStore;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.InMemoryEventStore;
import io.github.cptskit.spring.boot.internal.MeteredEventStore;
import io.github.cptskit.spring.boot.internal.MicrometerCptsMetrics;
import io.github.cptskit.spring.boot.internal.StoreHealthIndicator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.ProblemDetail;

/** Each {@code cpts.*} property reaches the bean it configures; bad values stop the start, naming the property. */
class StarterPropertiesTest {
    private static final AutoConfigurations ALL = AutoConfigurations.of(
            JacksonAutoConfiguration.class,
            CptsMetricsAutoConfiguration.class,
            CptsAutoConfiguration.class,
            CptsStoreAutoConfiguration.class,
            CptsServicesAutoConfiguration.class,
            CptsHealthAutoConfiguration.class,
            CptsWebAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(ALL);

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        CptsProperties p = new CptsProperties();
        assertThat(p.getStore().isEnabled()).isTrue();
        assertThat(p.getStore().isMigrate()).isTrue();
        assertThat(p.getScheduler().isEnabled()).isTrue();
        assertThat(p.getScheduler().getThreads()).isEqualTo(1);
        assertThat(p.getScheduler().getPollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.getScheduler().getBatch()).isEqualTo(100);
        assertThat(p.getScheduler().getLateAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.getProblems().isEnabled()).isTrue();
        assertThat(p.getProblems().getTypeBase()).isEqualTo("urn:cptskit:problem:");
        assertThat(p.getProblems().getDefaultLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(p.getCommands().getConflictRetries()).isEqualTo(3);
        // the smallest values allowed
        p.getScheduler().setThreads(1);
        p.getScheduler().setBatch(1);
        p.getScheduler().setPollInterval(Duration.ofMillis(1));
        p.getCommands().setConflictRetries(0);
        assertThat(p.getScheduler().getBatch()).isEqualTo(1);
        assertThat(p.getCommands().getConflictRetries()).isZero();
    }

    @Test
    void theBundledBeansAreTheBundledValues() {
        runner.run(ctx -> {
            assertThat(ctx.getBean(io.github.cptskit.pathways.fhir.FhirMapping.class))
                    .isEqualTo(io.github.cptskit.pathways.fhir.FhirMapping.bundled());
            assertThat(ctx.getBean(io.github.cptskit.core.membership.RuleSet.class))
                    .isInstanceOf(io.github.cptskit.core.membership.RuleSet.class);
            RemunerationService service = ctx.getBean(RemunerationService.class);
            assertThat(service.calculator())
                    .isSameAs(ctx.getBean(io.github.cptskit.aci.calculation.RemunerationCalculator.class));
            assertThat(ctx.getBean(java.time.Clock.class).getZone()).isEqualTo(java.time.ZoneOffset.UTC);
        });
        new WebApplicationContextRunner()
                .withConfiguration(ALL)
                .run(ctx -> assertThat(ctx.getBean(CptsProblemHandler.class)
                                .problems(
                                        new io.github.cptskit.core.problem.ProblemsException(List.of(
                                                Problem.error("EVENT_DATA", "données invalides", "invalid data"))),
                                        ProblemDetailsTest.request("fr"))
                                .getStatusCode()
                                .value())
                        .isEqualTo(422));
    }

    @Test
    void badPropertiesStopTheStartNamingTheProperty() {
        for (String[] bad : new String[][] {
            {"cpts.scheduler.threads=0", "cpts.scheduler.threads: 1 or more, not 0"},
            {"cpts.scheduler.batch=0", "cpts.scheduler.batch: 1 or more, not 0"},
            {"cpts.scheduler.poll-interval=0s", "cpts.scheduler.poll-interval: positive, not PT0S"},
            {"cpts.scheduler.poll-interval=-5s", "cpts.scheduler.poll-interval: positive, not PT-5S"},
            {"cpts.commands.conflict-retries=-1", "cpts.commands.conflict-retries: 0 or more, not -1"}
        }) {
            runner.withPropertyValues(bad[0])
                    .run(ctx -> assertThat(ctx).as(bad[0]).getFailure().hasStackTraceContaining(bad[1]));
        }
    }

    /** An in-memory store that records the limit of each fireDue. */
    private static EventStore recording(List<Object> limits) {
        InMemoryEventStore inner = new InMemoryEventStore();
        return (EventStore) Proxy.newProxyInstance(
                EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class}, (proxy, m, args) -> {
                    if (m.getName().equals("fireDue")) {
                        limits.add(args[1]);
                    }
                    try {
                        return m.invoke(inner, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void schedulerAndCommandPropertiesReachTheirBeans() {
        List<Object> limits = new CopyOnWriteArrayList<>();
        runner.withBean(EventStore.class, () -> recording(limits))
                .withPropertyValues(
                        "cpts.scheduler.batch=7",
                        "cpts.scheduler.poll-interval=1h",
                        "cpts.scheduler.threads=3",
                        "cpts.commands.conflict-retries=5")
                .run(ctx -> {
                    DeadlineSchedulerLifecycle scheduler = ctx.getBean(DeadlineSchedulerLifecycle.class);
                    assertThat(scheduler.status().every()).isEqualTo(Duration.ofHours(1));
                    scheduler.runOnce();
                    assertThat(limits).contains(7);
                    assertThat(ctx.getBean(PathwayService.class).toString()).endsWith(", 5 retries)");
                    CptsProperties p = ctx.getBean(CptsProperties.class);
                    assertThat(p.getScheduler().getThreads()).isEqualTo(3);
                });
    }

    @Test
    void lateAfterDecidesWhenAMeasuredExpiryIsLate() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(EventStore.class, InMemoryEventStore::new)
                .withPropertyValues("cpts.scheduler.enabled=false", "cpts.scheduler.late-after=10m")
                .run(ctx -> {
                    assertThat(ctx.getBean(CptsMetrics.class)).isInstanceOf(MicrometerCptsMetrics.class);
                    assertThat(ctx.getBean(CptsProperties.class).getScheduler().getLateAfter())
                            .isEqualTo(Duration.ofMinutes(10));
                    assertThat(ctx.getBean(EventStore.class)).isInstanceOf(MeteredEventStore.class);
                    assertThat(ctx).doesNotHaveBean(DeadlineSchedulerLifecycle.class);
                    // a scheduler's health needs a scheduler
                    assertThat(ctx).doesNotHaveBean("cptsSchedulerHealthIndicator");
                });
        runner.withBean(EventStore.class, InMemoryEventStore::new)
                .run(ctx -> assertThat(ctx.getBean(CptsMetrics.class)).isSameAs(CptsMetrics.NONE));
    }

    @Test
    void aStoreThatIsNotTheStartersPostgresOneHasAnUnknownHealth() {
        DataSource ds = StarterTest.freshDatabase();
        runner.withBean(DataSource.class, () -> ds)
                .withBean(EventStore.class, InMemoryEventStore::new)
                .withPropertyValues("cpts.scheduler.enabled=false")
                .run(ctx -> {
                    var health = ctx.getBean("cptsStoreHealthIndicator", HealthIndicator.class)
                            .health();
                    assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
                    assertThat(health.getDetails()).containsEntry("store", "InMemoryEventStore");
                });
    }

    @Test
    void aMeasuredPostgresStoreIsStillCheckedAsPostgres() {
        DataSource ds = StarterTest.freshDatabase();
        runner.withBean(DataSource.class, () -> ds)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("cpts.scheduler.poll-interval=1h")
                .run(ctx -> {
                    EventStore store = ctx.getBean(EventStore.class);
                    assertThat(store).isInstanceOf(MeteredEventStore.class);
                    assertThat(((MeteredEventStore) store).delegate()).isInstanceOf(PostgresEventStore.class);
                    assertThat(ctx.getBean("cptsStoreHealthIndicator", HealthIndicator.class))
                            .isInstanceOf(StoreHealthIndicator.class);
                    var scheduler = ctx.getBean("cptsSchedulerHealthIndicator", HealthIndicator.class)
                            .health();
                    assertThat(scheduler.getDetails())
                            .as("the lag is read on the PostgreSQL store")
                            .containsKeys("dueNow", "lag");
                });
        runner.withBean(EventStore.class, InMemoryEventStore::new)
                .withPropertyValues("cpts.scheduler.poll-interval=1h")
                .run(ctx -> assertThat(ctx.getBean("cptsSchedulerHealthIndicator", HealthIndicator.class)
                                .health()
                                .getDetails())
                        .doesNotContainKeys("dueNow", "lag"));
    }

    @Test
    void inAServletApplicationProblemDetailsFollowTheirProperties() {
        new WebApplicationContextRunner()
                .withConfiguration(ALL)
                .withPropertyValues(
                        "cpts.problems.type-base=https://example.org/problems/", "cpts.problems.default-language=fr")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(CptsProblemHandler.class);
                    ProblemDetail pd = ctx.getBean(CptsProblemDetails.class)
                            .of(
                                    List.of(Problem.error("EVENT_DATA", "données invalides", "invalid data")),
                                    List.of(),
                                    ctx.getBean(CptsProblemDetails.class).language("de"));
                    assertThat(pd.getType().toString()).isEqualTo("https://example.org/problems/EVENT_DATA");
                    assertThat(pd.getTitle()).isEqualTo("données invalides");
                });
        new WebApplicationContextRunner()
                .withConfiguration(ALL)
                .withPropertyValues("cpts.problems.enabled=false")
                .run(ctx -> assertThat(ctx)
                        .doesNotHaveBean(CptsProblemHandler.class)
                        .doesNotHaveBean(CptsProblemDetails.class));
        runner.run(ctx -> assertThat(ctx).as("not a web application").doesNotHaveBean(CptsProblemHandler.class));
    }
}
