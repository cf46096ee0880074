package io.onboarding.orchestrator.screening.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lists, their versions and entries, in plain SQL: a list of 300,000 entries is
 * written in batches, not as 300,000 managed entities.
 */
@Component
public class ListStore {

	private static final int BATCH = 1000;

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final ObjectMapper objectMapper;

	ListStore(JdbcTemplate jdbc, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
	}

	/** Every list with the version in force. */
	public Map<String, Integer> currentVersions() {
		Map<String, Integer> versions = new HashMap<>();
		// Prepared, as a statement without parameters is not otherwise: PostgreSQL then
		// plans it once per connection, not at every screening.
		jdbc.query(
				connection -> connection
					.prepareStatement("SELECT name, current_version FROM screening_lists WHERE current_version > 0"),
				rs -> {
					versions.put(rs.getString(1), rs.getInt(2));
				});
		return versions;
	}

	/**
	 * Marks the list as being loaded, unless a load of it is under way (one that started
	 * less than an hour ago). Returns whether this caller may load it.
	 */
	boolean claim(String list, Instant now) {
		jdbc.update(
				"INSERT INTO screening_lists (name, current_version, updated_at) SELECT ?, 0, ? "
						+ "WHERE NOT EXISTS (SELECT 1 FROM screening_lists WHERE name = ?)",
				list, Timestamp.from(now), list);
		return jdbc.update(
				"UPDATE screening_lists SET loading_since = ? WHERE name = ? "
						+ "AND (loading_since IS NULL OR loading_since < ?)",
				Timestamp.from(now), list, Timestamp.from(now.minusSeconds(3600))) == 1;
	}

	void release(String list) {
		jdbc.update("UPDATE screening_lists SET loading_since = NULL WHERE name = ?", list);
	}

	int currentVersion(String list) {
		List<Integer> versions = jdbc.queryForList("SELECT current_version FROM screening_lists WHERE name = ?",
				Integer.class, list);
		return versions.isEmpty() ? 0 : versions.get(0);
	}

	/** Each entry in force, by id, with its fingerprint. */
	Map<String, String> fingerprints(String list) {
		Map<String, String> fingerprints = new HashMap<>();
		jdbc.query("SELECT entry_id, fingerprint FROM screening_entries WHERE list_name = ? AND removed_in IS NULL",
				rs -> {
					fingerprints.put(rs.getString(1), rs.getString(2));
				}, list);
		return fingerprints;
	}

	/** Entries new to the list (inserted) or changed (their row replaced), in batches. */
	void write(String list, int version, List<ListEntry> entries, boolean added) {
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<ListEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
			if (!added) {
				jdbc.batchUpdate("DELETE FROM screening_entries WHERE list_name = ? AND entry_id = ?",
						batch.stream().map(entry -> new Object[] { list, entry.id() }).toList());
			}
			jdbc.batchUpdate(
					"INSERT INTO screening_entries (list_name, entry_id, version, removed_in, fingerprint, "
							+ "company, topics, caption, names, dates, countries, identifiers, programs) "
							+ "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					batch.stream()
						.map(entry -> new Object[] { list, entry.id(), version, entry.fingerprint(), entry.company(),
								entry.topics().stream().map(Topic::value).sorted().collect(Collectors.joining(",")),
								truncate(entry.caption(), 1000), json(entry.names()), json(entry.dates()),
								json(List.copyOf(entry.countries())), json(List.copyOf(entry.identifiers())),
								truncate(entry.programs(), 2000) })
						.toList());
		}
	}

	void markRemoved(String list, int version, List<String> ids) {
		for (int from = 0; from < ids.size(); from += BATCH) {
			jdbc.batchUpdate(
					"UPDATE screening_entries SET removed_in = ? WHERE list_name = ? AND entry_id = ? "
							+ "AND removed_in IS NULL",
					ids.subList(from, Math.min(ids.size(), from + BATCH))
						.stream()
						.map(id -> new Object[] { version, list, id })
						.toList());
		}
	}

	void addVersion(ListVersion version) {
		jdbc.update(
				"INSERT INTO screening_list_versions (list_name, version, format, checksum, entry_count, added, "
						+ "changed, removed, source, loaded_by, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				version.list(), version.version(), version.format(), version.checksum(), version.entryCount(),
				version.added(), version.changed(), version.removed(), truncate(version.source(), 500),
				version.loadedBy(), Timestamp.from(version.loadedAt()));
		jdbc.update("UPDATE screening_lists SET current_version = ?, updated_at = ? WHERE name = ?", version.version(),
				Timestamp.from(version.loadedAt()), version.list());
	}

	public List<ListVersion> versions(String list) {
		return jdbc.query("SELECT * FROM screening_list_versions WHERE list_name = ? ORDER BY version DESC",
				ListStore::version, list);
	}

	public Optional<ListVersion> current(String list) {
		return jdbc
			.query("SELECT v.* FROM screening_list_versions v JOIN screening_lists l ON l.name = v.list_name "
					+ "AND l.current_version = v.version WHERE l.name = ?", ListStore::version, list)
			.stream()
			.findFirst();
	}

	public List<ListVersion> currentOfEach() {
		return jdbc.query("SELECT v.* FROM screening_list_versions v JOIN screening_lists l ON l.name = v.list_name "
				+ "AND l.current_version = v.version ORDER BY l.name", ListStore::version);
	}

	/**
	 * The entries of a list that changed after {@code known} (added, changed or removed
	 * since), in id order.
	 */
	public void changedSince(String list, int known, Consumer<StoredEntry> entries) {
		inPages("(version > ? OR removed_in > ?)", entries, list, known, known);
	}

	/** The entries a version added or changed: what a rescreen looks for. */
	public void changedIn(String list, int version, Consumer<StoredEntry> entries) {
		inPages("version = ? AND removed_in IS NULL", entries, list, version);
	}

	/**
	 * The list's entries that meet {@code condition}, in id order, a page at a time:
	 * PostgreSQL's driver reads a whole result into memory unless it runs in a
	 * transaction with a fetch size, and a first load changes every entry (300,000 of
	 * them filled the heap); a transaction as long as a rescreen would hold back vacuum.
	 */
	private void inPages(String condition, Consumer<StoredEntry> entries, String list, Object... values) {
		String after = "";
		while (true) {
			List<Object> arguments = new ArrayList<>();
			arguments.add(list);
			arguments.addAll(Arrays.asList(values));
			arguments.add(after);
			arguments.add(BATCH);
			List<StoredEntry> page = jdbc.query(
					"SELECT * FROM screening_entries WHERE list_name = ? AND " + condition
							+ " AND entry_id > ? ORDER BY entry_id LIMIT ?",
					(rs, row) -> entry(rs), arguments.toArray());
			page.forEach(entries);
			if (page.size() < BATCH) {
				return;
			}
			after = page.get(page.size() - 1).entry().id();
		}
	}

	private StoredEntry entry(ResultSet rs) throws SQLException {
		Integer removedIn = rs.getObject("removed_in") == null ? null : rs.getInt("removed_in");
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		String topicText = rs.getString("topics");
		if (!topicText.isEmpty()) {
			Arrays.stream(topicText.split(",")).map(Topic::of).forEach(topics::add);
		}
		ListEntry entry = new ListEntry(rs.getString("entry_id"), rs.getBoolean("company"),
				strings(rs.getString("names")), strings(rs.getString("dates")),
				new LinkedHashSet<>(strings(rs.getString("countries"))),
				new LinkedHashSet<>(strings(rs.getString("identifiers"))), topics, rs.getString("programs"));
		return new StoredEntry(rs.getString("list_name"), rs.getInt("version"), removedIn, entry,
				rs.getString("fingerprint"));
	}

	private static ListVersion version(ResultSet rs, int row) throws SQLException {
		return new ListVersion(rs.getString("list_name"), rs.getInt("version"), rs.getString("format"),
				rs.getString("checksum"), rs.getInt("entry_count"), rs.getInt("added"), rs.getInt("changed"),
				rs.getInt("removed"), rs.getString("source"), rs.getString("loaded_by"),
				rs.getTimestamp("loaded_at").toInstant());
	}

	private String json(List<String> values) {
		try {
			return objectMapper.writeValueAsString(values);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> strings(String json) {
		try {
			return json == null ? List.of() : new ArrayList<>(objectMapper.readValue(json, STRINGS));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A stored screening entry is not JSON", e);
		}
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
