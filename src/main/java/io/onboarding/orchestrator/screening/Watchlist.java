package io.onboarding.orchestrator.screening;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watchlist related parties are screened against
 * ({@code onboarding.screening.watchlist}, a CSV in the columns of OpenSanctions' simple
 * export: name, aliases, birth_date, countries, dataset), loaded at start and again when
 * the file changes. A name matches when, lower-cased, stripped of accents and with its
 * words sorted, its Jaro-Winkler similarity to a listed name or alias reaches
 * {@code onboarding.screening.match-threshold}; a birth date on both sides must agree.
 */
@Component
public class Watchlist {

	private static final Logger log = LoggerFactory.getLogger(Watchlist.class);

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private final Resource source;

	private final double threshold;

	private volatile List<Entry> entries = List.of();

	private volatile long loadedVersion = -1;

	Watchlist(ResourceLoader resources, ScreeningSettings settings) {
		this.source = resources.getResource(settings.watchlist());
		this.threshold = settings.matchThreshold();
		reload();
	}

	/** The listed entry the name matches, if any. */
	public Optional<Match> match(String name, String birthDate) {
		String candidate = normalize(name);
		if (candidate.isEmpty()) {
			return Optional.empty();
		}
		Match best = null;
		for (Entry entry : entries) {
			if (birthDate != null && entry.birthDate() != null && !entry.birthDate().equals(birthDate)) {
				continue;
			}
			for (String listed : entry.names()) {
				double score = SIMILARITY.apply(candidate, listed);
				if (score >= threshold && (best == null || score > best.score())) {
					best = new Match(entry.name(), entry.list(), score);
				}
			}
		}
		return Optional.ofNullable(best);
	}

	int size() {
		return entries.size();
	}

	/** Picks up a changed file within a minute, on every node. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void reloadIfChanged() {
		try {
			if (source.isFile() && source.lastModified() != loadedVersion) {
				reload();
			}
		}
		catch (IOException e) {
			log.warn("The watchlist could not be checked for changes: {}", e.getClass().getSimpleName());
		}
	}

	private synchronized void reload() {
		List<Entry> loaded = new ArrayList<>();
		try (Reader reader = new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.build()
				.parse(reader)) {
				String name = record.isMapped("name") ? record.get("name") : "";
				if (name.isBlank()) {
					continue;
				}
				List<String> names = new ArrayList<>();
				names.add(normalize(name));
				if (record.isMapped("aliases") && !record.get("aliases").isBlank()) {
					Arrays.stream(record.get("aliases").split(";"))
						.map(Watchlist::normalize)
						.filter(alias -> !alias.isEmpty())
						.forEach(names::add);
				}
				String birthDate = record.isMapped("birth_date") && !record.get("birth_date").isBlank()
						? record.get("birth_date").trim() : null;
				String list = record.isMapped("dataset") ? record.get("dataset") : "watchlist";
				loaded.add(new Entry(name, List.copyOf(names), birthDate, list));
			}
			entries = List.copyOf(loaded);
			loadedVersion = source.isFile() ? source.lastModified() : 0;
			log.info("Watchlist loaded: {} entries", loaded.size());
		}
		catch (IOException | IllegalArgumentException e) {
			throw new IllegalStateException("The watchlist " + source.getDescription() + " can't be read", e);
		}
	}

	/**
	 * Lower case, no accents or punctuation, words sorted: "Özel, Canay" and "canay ozel"
	 * compare equal.
	 */
	static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{Nd}]+", " ")
			.trim();
		if (plain.isEmpty()) {
			return "";
		}
		String[] words = plain.split(" ");
		Arrays.sort(words);
		return String.join(" ", words);
	}

	private record Entry(String name, List<String> names, String birthDate, String list) {
	}

	/**
	 * A listed name the party matched, the list it is on, and how close the match was.
	 */
	public record Match(String listedName, String list, double score) {
	}

}
