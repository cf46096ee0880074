package io.onboarding.orchestrator.screening;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.screening.index.EntryIndex;
import io.onboarding.orchestrator.screening.lists.ListBusyException;
import io.onboarding.orchestrator.screening.lists.ListFileException;
import io.onboarding.orchestrator.screening.lists.ListFormat;
import io.onboarding.orchestrator.screening.lists.ListLoads;
import io.onboarding.orchestrator.screening.lists.Topic;

/**
 * The lists configured as files or URLs ({@code onboarding.screening.lists.<name>}):
 * loaded before the service takes requests, then again when a file changes (looked at
 * every minute) or, for a URL, every hour. A file identical to the version in force makes
 * no new version, so every node may look; one load of a list runs at a time across the
 * cluster. Also builds this node's index of the entries in force.
 */
@Component
class ConfiguredLists implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ConfiguredLists.class);

	static final Duration URL_REFRESH = Duration.ofHours(1);

	private final ScreeningSettings settings;

	private final ResourceLoader resources;

	private final ListLoads loads;

	private final EntryIndex entries;

	private final Clock clock;

	private final Map<String, Long> fileVersions = new HashMap<>();

	private final Map<String, Instant> urlReads = new HashMap<>();

	ConfiguredLists(ScreeningSettings settings, ResourceLoader resources, ListLoads loads, EntryIndex entries,
			Clock clock) {
		this.settings = settings;
		this.resources = resources;
		this.loads = loads;
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		refresh();
		entries.catchUp();
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	synchronized void refresh() {
		settings.lists().forEach(this::refresh);
	}

	private void refresh(String name, String location) {
		Resource resource = resources.getResource(location);
		try {
			if (resource.isFile()) {
				long modified = resource.lastModified();
				if (Long.valueOf(modified).equals(fileVersions.get(name))) {
					return;
				}
				load(name, resource);
				fileVersions.put(name, modified);
			}
			else {
				Instant last = urlReads.get(name);
				if (last != null && last.isAfter(clock.instant().minus(URL_REFRESH))) {
					return;
				}
				load(name, resource);
				urlReads.put(name, clock.instant());
			}
		}
		catch (ListBusyException busy) {
			log.info("Screening list {}: another node is loading it", name);
		}
		catch (ListFileException | IOException e) {
			// the version in force stays; the operator sees the last load in GET
			// /screening/lists
			log.error("Screening list {} ({}) can't be loaded: {}", name, resource.getDescription(), e.getMessage());
		}
	}

	private void load(String name, Resource resource) throws IOException {
		ListFormat format = ListFormat.ofFileName(resource.getFilename() == null ? "" : resource.getFilename())
			.orElseThrow(() -> new ListFileException("the file name of " + resource.getDescription()
					+ " ends neither in .csv (OpenSanctions) nor .xml (UN)"));
		try (InputStream file = resource.getInputStream()) {
			ListLoads.Loaded loaded = loads.load(name, format, file, Topic.SANCTION, settings.maxListSize().toBytes(),
					resource.getDescription(), "configuration");
			if (loaded.changed()) {
				log.info("Screening list {} version {} loaded: {} entries ({} added, {} changed, {} removed)", name,
						loaded.version().version(), loaded.version().entryCount(), loaded.version().added(),
						loaded.version().changed(), loaded.version().removed());
			}
		}
	}

}
