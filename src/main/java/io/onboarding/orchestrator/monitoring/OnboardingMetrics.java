package io.onboarding.orchestrator.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import io.onboarding.orchestrator.infrastructure.SafeLog;
import io.onboarding.orchestrator.client.ClientCounts;

/**
 * The figures an operator watches on {@code /actuator/prometheus}: clients by onboarding
 * status, migrations by status, open reviews per compliance group (how many, how old the
 * oldest), incidents per process, the job backlog, open screening hits, overdue periodic
 * reviews, and each screening list's version in force and when it was loaded. Counted
 * from the database every {@code onboarding.metrics.refresh} (30 s) rather than on every
 * scrape, so a scrape stays cheap however many clients there are. Every node reports the
 * same figures: aggregate with max, not sum.
 */
@Component
class OnboardingMetrics {

	private static final Logger log = LoggerFactory.getLogger(OnboardingMetrics.class);

	private static final List<String> GROUPS = List.of("compliance", "compliance-senior");

	private final JdbcTemplate jdbc;

	private final ClientCounts clientCounts;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final RepositoryService repository;

	private final Clock clock;

	private final MultiGauge clients;

	private final MultiGauge migrations;

	private final MultiGauge incidents;

	private final Map<String, AtomicLong> openReviews = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> oldestReviewSeconds = new ConcurrentHashMap<>();

	private final MultiGauge listLoadedAt;

	private final MultiGauge listVersions;

	private final AtomicLong openHits = new AtomicLong();

	private final AtomicLong overdueReviews = new AtomicLong();

	private final AtomicLong executableJobs = new AtomicLong();

	private final AtomicLong failedJobs = new AtomicLong();

	OnboardingMetrics(MeterRegistry registry, JdbcTemplate jdbc, ClientCounts clientCounts, TaskService tasks,
			RuntimeService runtime, ManagementService management, RepositoryService repository, Clock clock) {
		this.jdbc = jdbc;
		this.clientCounts = clientCounts;
		this.tasks = tasks;
		this.runtime = runtime;
		this.management = management;
		this.repository = repository;
		this.clock = clock;
		clients = MultiGauge.builder("onboarding.clients")
			.description("Clients by onboarding status")
			.register(registry);
		migrations = MultiGauge.builder("onboarding.migrations").description("Migrations by status").register(registry);
		incidents = MultiGauge.builder("onboarding.incidents")
			.description("Open incidents by process")
			.register(registry);
		for (String group : GROUPS) {
			Gauge
				.builder("onboarding.reviews.open", openReviews.computeIfAbsent(group, g -> new AtomicLong()),
						AtomicLong::get)
				.tag("group", group)
				.description("Open review tasks of the group")
				.register(registry);
			Gauge
				.builder("onboarding.reviews.oldest.age",
						oldestReviewSeconds.computeIfAbsent(group, g -> new AtomicLong()), AtomicLong::get)
				.tag("group", group)
				.baseUnit("seconds")
				.description("Age of the group's oldest open review task")
				.register(registry);
		}
		listLoadedAt = MultiGauge.builder("onboarding.screening.list.loaded")
			.baseUnit("seconds")
			.description("When the version in force of each screening list was loaded (Unix time)")
			.register(registry);
		listVersions = MultiGauge.builder("onboarding.screening.list.version")
			.description("The version in force of each screening list")
			.register(registry);
		Gauge.builder("onboarding.screening.hits.open", openHits, AtomicLong::get)
			.description("Screening hits waiting for an officer's decision")
			.register(registry);
		Gauge.builder("onboarding.reviews.overdue", overdueReviews, AtomicLong::get)
			.description("Active clients whose periodic review is due and not yet opened")
			.register(registry);
		Gauge.builder("onboarding.jobs.executable", executableJobs, AtomicLong::get)
			.description("Jobs due and waiting for the job executor")
			.register(registry);
		Gauge.builder("onboarding.jobs.failed", failedJobs, AtomicLong::get)
			.description("Jobs whose retries ran out (each is an incident)")
			.register(registry);
	}

	@Scheduled(initialDelayString = "${onboarding.metrics.initial-delay:PT5S}",
			fixedDelayString = "${onboarding.metrics.refresh:PT30S}")
	void refresh() {
		try {
			clients.register(rows("status", clientCounts.byStatus()), true);
			migrations.register(rows("status", counts("SELECT status, count(*) FROM migrations GROUP BY status")),
					true);
			refreshReviews();
			refreshScreening();
			refreshIncidents();
			executableJobs.set(management.createJobQuery().executable().count());
			failedJobs.set(management.createJobQuery().noRetriesLeft().count());
		}
		catch (RuntimeException e) {
			// the figures keep their last values; the next round tries again
			log.warn("Onboarding metrics could not be refreshed: {}", SafeLog.describe(e));
		}
	}

	private void refreshReviews() {
		for (String group : GROUPS) {
			openReviews.get(group).set(tasks.createTaskQuery().taskCandidateGroup(group).count());
			List<Task> oldest = tasks.createTaskQuery()
				.taskCandidateGroup(group)
				.orderByTaskCreateTime()
				.asc()
				.listPage(0, 1);
			oldestReviewSeconds.get(group)
				.set(oldest.isEmpty() ? 0
						: Duration.between(oldest.get(0).getCreateTime().toInstant(), clock.instant()).toSeconds());
		}
	}

	private void refreshScreening() {
		List<MultiGauge.Row<?>> loaded = new ArrayList<>();
		List<MultiGauge.Row<?>> versions = new ArrayList<>();
		jdbc.query(
				"SELECT l.name, l.current_version, v.loaded_at FROM screening_lists l "
						+ "JOIN screening_list_versions v ON v.list_name = l.name AND v.version = l.current_version",
				row -> {
					loaded.add(MultiGauge.Row.of(Tags.of("list", row.getString(1)),
							row.getTimestamp(3).toInstant().getEpochSecond()));
					versions.add(MultiGauge.Row.of(Tags.of("list", row.getString(1)), row.getInt(2)));
				});
		listLoadedAt.register(loaded, true);
		listVersions.register(versions, true);
		openHits.set(jdbc.queryForObject(
				"SELECT count(*) FROM screening_hits WHERE status IN ('open', 'awaiting_confirmation')", Long.class));
		overdueReviews
			.set(jdbc.queryForObject("SELECT count(*) FROM clients WHERE status = 'active' AND next_review_at <= ?",
					Long.class, java.sql.Timestamp.from(clock.instant())));
	}

	private void refreshIncidents() {
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		repository.createProcessDefinitionQuery().latestVersion().list().forEach(definition -> {
			long count = runtime.createIncidentQuery().processDefinitionKeyIn(definition.getKey()).count();
			rows.add(MultiGauge.Row.of(Tags.of("process", definition.getKey()), count));
		});
		incidents.register(rows, true);
	}

	private Map<String, Long> counts(String sql) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql, row -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

	private static List<MultiGauge.Row<?>> rows(String tag, Map<String, Long> counts) {
		return counts.entrySet()
			.stream().<MultiGauge
					.Row<?>>map(count -> MultiGauge.Row.of(Tags.of(tag, count.getKey()), count.getValue()))
			.toList();
	}

}
