package io.github.cptskit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cptskit.aci.calculation.RemunerationCalculator;
import io.github.cptskit.aci.tariff.TariffRules;
import io.github.cptskit.core.membership.RuleSet;
import io.github.cptskit.core.problem.Problem;
import io.github.cptskit.core.problem.Results;
import io.github.cptskit.core.territory.CommuneRegistry;
import io.github.cptskit.json.CptsModule;
import io.github.cptskit.pathways.catalogue.Catalogue;
import io.github.cptskit.pathways.engine.ActorRef;
import io.github.cptskit.pathways.engine.Command;
import io.github.cptskit.pathways.engine.InstanceId;
import io.github.cptskit.pathways.engine.PatientRef;
import io.github.cptskit.pathways.fhir.FhirMapping;
import io.github.cptskit.pathways.jdbc.PostgresEventStore;
import io.github.cptskit.pathways.store.EventStore;
import io.github.cptskit.pathways.store.InMemoryEventStore;
import io.github.cptskit.spring.boot.internal.MeteredEventStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** What the starter configures, what a host's bean replaces, and the properties, on a real PostgreSQL. */
class StarterTest {
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static synchronized DataSource freshDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
            }
            String name = "starter_" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            return server.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    JacksonAutoConfiguration.class,
                    CptsMetricsAutoConfiguration.class,
                    CptsAutoConfiguration.class,
                    CptsStoreAutoConfiguration.class,
                    CptsServicesAutoConfiguration.class,
                    CptsHealthAutoConfiguration.class));

    private static boolean tableExists(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Test
    void withoutADataSourceTheRegistriesAndTheJsonModuleButNoStore() {
        runner.run(ctx -> {
            assertThat(ctx).hasSingleBean(CommuneRegistry.class).hasSingleBean(TariffRules.class);
            assertThat(ctx).hasSingleBean(RemunerationCalculator.class).hasSingleBean(RuleSet.class);
            assertThat(ctx).hasSingleBean(FhirMapping.class).hasSingleBean(PathwayRegistry.class);
            assertThat(ctx).hasSingleBean(RemunerationService.class).hasSingleBean(CptsModule.class);
            assertThat(ctx).doesNotHaveBean(EventStore.class).doesNotHaveBean(PathwayService.class);
            assertThat(ctx).doesNotHaveBean(DeadlineSchedulerLifecycle.class);
            assertThat(ctx.getBean(PathwayRegistry.class).pathways()).hasSameSizeAs(Catalogue.allList());
            ObjectMapper mapper = ctx.getBean(ObjectMapper.class);
            PatientRef p = Results.orElseThrow(PatientRef.parse("pat-7f3a9c"));
            assertThat(mapper.writeValueAsString(p)).isEqualTo("\"pat-7f3a9c\"");
            assertThat(mapper.readValue("\"pat-7f3a9c\"", PatientRef.class)).isEqualTo(p);
        });
    }

    @Test
    void onTheApplicationsDataSourceAMigratedPostgresStoreAndTheSchedulerInTheLifecycle() {
        DataSource ds = freshDatabase();
        runner.withBean(DataSource.class, () -> ds)
                .withPropertyValues(
                        "cpts.scheduler.threads=2", "cpts.scheduler.poll-interval=5s", "cpts.scheduler.batch=7")
                .run(ctx -> {
                    assertThat(ctx.getBean(EventStore.class)).isInstanceOf(PostgresEventStore.class);
                    assertThat(tableExists(ds, "cpts_event")).isTrue();
                    DeadlineSchedulerLifecycle scheduler = ctx.getBean(DeadlineSchedulerLifecycle.class);
                    assertThat(scheduler.isRunning()).isTrue();
                    assertThat(scheduler.status().every()).isEqualTo(Duration.ofSeconds(5));
                    PathwayService service = ctx.getBean(PathwayService.class);
                    InstanceId id = InstanceId.random();
                    assertThat(service.start(
                                            "P2",
                                            id,
                                            Results.orElseThrow(PatientRef.parse("pat-1")),
                                            Command.of(
                                                    "trieParArm",
                                                    Results.orElseThrow(ActorRef.parse("usr-1")),
                                                    Map.of("orientation", "REGULATION_MG")))
                                    .isRight())
                            .isTrue();
                    assertThat(service.read("P2", id).state().state()).isEqualTo("REGULATION_MG");
                    HealthIndicator health = ctx.getBean("cptsStoreHealthIndicator", HealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    Map<String, Object> details = health.health().getDetails();
                    assertThat((Integer) details.get("migrationLevel"))
                            .isPositive()
                            .isEqualTo(details.get("expectedLevel"));
                    ctx.close();
                    assertThat(scheduler.isRunning()).isFalse();
                });
    }

    @Test
    void migrationAndSchedulerAreSwitchable() {
        DataSource ds = freshDatabase();
        runner.withBean(DataSource.class, () -> ds)
                .withPropertyValues("cpts.store.migrate=false", "cpts.scheduler.enabled=false")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(EventStore.class).doesNotHaveBean(DeadlineSchedulerLifecycle.class);
                    assertThat(tableExists(ds, "cpts_event")).isFalse();
                    HealthIndicator health = ctx.getBean("cptsStoreHealthIndicator", HealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                });
        runner.withBean(DataSource.class, () -> ds)
                .withPropertyValues("cpts.store.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(EventStore.class));
    }

    @Test
    void aHostsBeansReplaceTheStartersOnes() {
        InMemoryEventStore store = new InMemoryEventStore();
        PathwayRegistry mine =
                PathwayRegistry.of(List.of(Catalogue.findOptional("P2").orElseThrow()));
        TariffRules rules = TariffRules.bundled();
        runner.withBean(DataSource.class, StarterTest::freshDatabase)
                .withBean(EventStore.class, () -> store)
                .withBean(PathwayRegistry.class, () -> mine)
                .withBean("myRules", TariffRules.class, () -> rules)
                .withPropertyValues("cpts.scheduler.enabled=false")
                .run(ctx -> {
                    assertThat(ctx.getBean(EventStore.class)).isSameAs(store);
                    assertThat(ctx.getBean(PathwayRegistry.class)).isSameAs(mine);
                    assertThat(ctx.getBean(TariffRules.class)).isSameAs(rules);
                    assertThat(ctx.getBean(PathwayService.class).toString()).contains("snp-sas v1");
                });
    }

    @Test
    void badPropertiesStopTheStart() {
        runner.withPropertyValues("cpts.scheduler.threads=0")
                .run(ctx -> assertThat(ctx).hasFailed());
        runner.withPropertyValues("cpts.scheduler.poll-interval=0s")
                .run(ctx -> assertThat(ctx).hasFailed());
    }

    @Test
    void withAMeterRegistryTheStoreIsMeasured() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(EventStore.class, InMemoryEventStore::new)
                .withPropertyValues("cpts.scheduler.enabled=false")
                .run(ctx -> {
                    assertThat(ctx.getBean(EventStore.class)).isInstanceOf(MeteredEventStore.class);
                    PathwayService service = ctx.getBean(PathwayService.class);
                    InstanceId id = InstanceId.random();
                    Command first = Command.of(
                            "trieParArm",
                            Results.orElseThrow(ActorRef.parse("usr-1")),
                            Map.of("orientation", "REGULATION_MG"));
                    PatientRef patient = Results.orElseThrow(PatientRef.parse("pat-1"));
                    assertThat(service.start("P2", id, patient, first).isRight())
                            .isTrue();
                    assertThat(service.start("P2", id, patient, first).getLeft().code())
                            .isEqualTo(EventStore.CONFLICT);
                    MeterRegistry registry = ctx.getBean(MeterRegistry.class);
                    assertThat(registry.get("cpts.store.appends")
                                    .tag("outcome", "appended")
                                    .counter()
                                    .count())
                            .isEqualTo(1);
                    assertThat(registry.get("cpts.store.appends")
                                    .tag("outcome", "conflict")
                                    .counter()
                                    .count())
                            .isEqualTo(1);
                    assertThat(registry.get("cpts.store.append.latency").timers())
                            .isNotEmpty();
                    assertThat(registry.get("cpts.problems")
                                    .tag("code", "APPEND_CONFLICT")
                                    .counter()
                                    .count())
                            .isEqualTo(1);
                });
        runner.withBean(EventStore.class, InMemoryEventStore::new)
                .withPropertyValues("cpts.scheduler.enabled=false")
                .run(ctx -> assertThat(ctx.getBean(EventStore.class)).isInstanceOf(InMemoryEventStore.class));
    }

    @Test
    void problemDetailsInTheReadersLanguageWithTheStatusOfTheirKind() {
        CptsProblemDetails details = new CptsProblemDetails("urn:cptskit:problem:", Locale.ENGLISH, CptsMetrics.NONE);
        assertThat(details.language("fr-CA,en;q=0.5")).isEqualTo(Locale.FRENCH);
        assertThat(details.language("en-GB,fr;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(details.language("de-DE")).isEqualTo(Locale.ENGLISH);
        assertThat(details.language(null)).isEqualTo(Locale.ENGLISH);
        assertThat(details.language(";;;")).isEqualTo(Locale.ENGLISH);
        Problem data = Problem.error("EVENT_DATA", "données invalides", "invalid data");
        Problem conflict = Problem.error("APPEND_CONFLICT", "conflit", "conflict");
        ProblemDetail pd = details.of(List.of(data, conflict), List.of(), Locale.FRENCH);
        assertThat(pd.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.value());
        assertThat(pd.getType().toString()).isEqualTo("urn:cptskit:problem:EVENT_DATA");
        assertThat(pd.getDetail()).isEqualTo("données invalides; conflit");
        assertThat(pd.getProperties()).containsEntry("code", "EVENT_DATA");
        assertThat(details.of(List.of(conflict), List.of(), Locale.ENGLISH).getStatus())
                .isEqualTo(HttpStatus.CONFLICT.value());
    }

    @Test
    void aHostWithOneStorePerTenantRunsOneSchedulerPerTenant() {
        InMemoryEventStore a = new InMemoryEventStore();
        InMemoryEventStore b = new InMemoryEventStore();
        PathwayRegistry pathways = PathwayRegistry.bundled();
        java.time.Clock clock = java.time.Clock.systemUTC();
        runner.withBean("tenantA", EventStore.class, () -> a)
                .withBean("tenantB", EventStore.class, () -> b)
                .withBean(
                        "schedulerA",
                        DeadlineSchedulerLifecycle.class,
                        () -> new DeadlineSchedulerLifecycle(
                                a, pathways, clock, 1, Duration.ofSeconds(30), 10, CptsMetrics.NONE))
                .withBean(
                        "schedulerB",
                        DeadlineSchedulerLifecycle.class,
                        () -> new DeadlineSchedulerLifecycle(
                                b, pathways, clock, 1, Duration.ofSeconds(30), 10, CptsMetrics.NONE))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().doesNotHaveBean(PathwayService.class);
                    assertThat(ctx.getBeansOfType(DeadlineSchedulerLifecycle.class)
                                    .values())
                            .hasSize(2)
                            .allMatch(DeadlineSchedulerLifecycle::isRunning);
                });
    }
}
