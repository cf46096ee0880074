package io.onboarding.orchestrator.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.onboarding.orchestrator.infrastructure.TransactionReads;
import io.onboarding.orchestrator.infrastructure.WireValue;

/**
 * The parties screened, as they were screened (table {@code screening_parties}): what the
 * party index holds. Every change takes the next number of a sequence, so each node's
 * index catches up with what changed since it last looked.
 */
@Component
class Parties {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Integer>> VERSIONS = new TypeReference<>() {
	};

	static final String TABLE = "screening_parties";

	/** Hits are written here only when a client is erased; else as entities. */
	static final String HITS_TABLE = "screening_hits";

	private final JdbcTemplate jdbc;

	private final ObjectMapper objectMapper;

	private final TransactionReads reads;

	/** The sequence's next value, as an SQL expression of this database. */
	private final String nextSeqValue;

	private final String nextSeq;

	Parties(JdbcTemplate jdbc, ObjectMapper objectMapper, TransactionReads reads) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
		this.reads = reads;
		String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		this.nextSeqValue = "H2".equalsIgnoreCase(database) ? "NEXT VALUE FOR screening_party_seq"
				: "nextval('screening_party_seq')";
		this.nextSeq = "SELECT " + nextSeqValue;
	}

	/** A party as stored, with the list versions it was last screened against. */
	record Stored(ScreenedParty party, String fingerprint, long seq, boolean removed, Map<String, Integer> listVersions,
			Instant writtenAt) {
	}

	/**
	 * Stores the party as just screened against {@code listVersions}. Its sequence number
	 * moves only when what is indexed changed.
	 */
	void screened(ScreenedParty party, Map<String, Integer> listVersions, Instant now) {
		reads.written(TABLE);
		Optional<Stored> before = find(party.id());
		String fingerprint = party.fingerprint();
		if (before.isPresent() && before.get().fingerprint().equals(fingerprint) && !before.get().removed()) {
			jdbc.update("UPDATE screening_parties SET list_versions = ?, screened_at = ? WHERE id = ?",
					json(listVersions), Timestamp.from(now), party.id());
			return;
		}
		// the number is taken in the statement that writes it: one round trip fewer
		if (before.isPresent()) {
			jdbc.update(
					"UPDATE screening_parties SET client_id = ?, kind = ?, company = ?, caption = ?, names = ?, "
							+ "dates = ?, countries = ?, identifiers = ?, fingerprint = ?, seq = " + nextSeqValue
							+ ", removed = FALSE, " + "list_versions = ?, screened_at = ?, written_at = ? WHERE id = ?",
					party.clientId(), party.kind().value(), party.company(), truncate(party.caption()),
					json(party.names()), json(dates(party)), json(List.copyOf(party.countries())),
					json(List.copyOf(party.identifiers())), fingerprint, json(listVersions), Timestamp.from(now),
					Timestamp.from(now), party.id());
		}
		else {
			jdbc.update(
					"INSERT INTO screening_parties (id, client_id, kind, company, caption, names, dates, countries, "
							+ "identifiers, fingerprint, seq, removed, list_versions, screened_at, written_at) "
							+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + nextSeqValue + ", FALSE, ?, ?, ?)",
					party.id(), party.clientId(), party.kind().value(), party.company(), truncate(party.caption()),
					json(party.names()), json(dates(party)), json(List.copyOf(party.countries())),
					json(List.copyOf(party.identifiers())), fingerprint, json(listVersions), Timestamp.from(now),
					Timestamp.from(now));
		}
	}

	/** A related party removed: out of the index, its hits kept. */
	void removed(UUID id, Instant now) {
		reads.written(TABLE);
		if (find(id).isPresent()) {
			long seq = jdbc.queryForObject(nextSeq, Long.class);
			jdbc.update("UPDATE screening_parties SET removed = TRUE, seq = ?, written_at = ? WHERE id = ?", seq,
					Timestamp.from(now), id);
		}
	}

	/**
	 * An erased client (SPEC 7.5): each of its parties leaves the index on every node (a
	 * new sequence number, removed), and what described it goes: names, dates, countries,
	 * identifiers, and the fingerprint, a hash of them. Its hits lose the party's caption
	 * and fingerprint and the officers' reasons; the list entry, scores and decisions
	 * stay.
	 */
	void erased(UUID clientId, Instant now) {
		reads.written(TABLE);
		reads.written(HITS_TABLE);
		for (UUID id : jdbc.queryForList("SELECT id FROM screening_parties WHERE client_id = ?", UUID.class,
				clientId)) {
			long seq = jdbc.queryForObject(nextSeq, Long.class);
			jdbc.update("UPDATE screening_parties SET removed = TRUE, seq = ?, written_at = ?, caption = '', "
					+ "names = '[]', dates = '[]', countries = '[]', identifiers = '[]', fingerprint = 'erased' "
					+ "WHERE id = ?", seq, Timestamp.from(now), id);
		}
		jdbc.update("UPDATE screening_hits SET party_caption = '', party_fingerprint = 'erased', first_reason = NULL, "
				+ "reason = NULL WHERE client_id = ?", clientId);
		// the feature scores stay; the party's name as it was compared goes
		jdbc.query("SELECT id, features FROM screening_hits WHERE client_id = ?", (java.sql.ResultSet rs) -> {
			try {
				var features = (com.fasterxml.jackson.databind.node.ObjectNode) objectMapper
					.readTree(rs.getString("features"));
				features.remove("partyName");
				jdbc.update("UPDATE screening_hits SET features = ? WHERE id = ?", json(features),
						rs.getObject("id", UUID.class));
			}
			catch (JsonProcessingException | ClassCastException e) {
				jdbc.update("UPDATE screening_hits SET features = '{}' WHERE id = ?", rs.getObject("id", UUID.class));
			}
		}, clientId);
	}

	Optional<Stored> find(UUID id) {
		return jdbc.query("SELECT * FROM screening_parties WHERE id = ?", (rs, row) -> stored(rs), id)
			.stream()
			.findFirst();
	}

	/** Sequence numbers strictly between {@code after} and {@code before}. */
	record Numbers(long after, long before) {
	}

	/** The parties that hold numbers in these ranges now. */
	List<Stored> within(List<Numbers> ranges) {
		List<Stored> found = new ArrayList<>();
		for (int from = 0; from < ranges.size(); from += 100) {
			List<Numbers> chunk = ranges.subList(from, Math.min(ranges.size(), from + 100));
			String where = String.join(" OR ", Collections.nCopies(chunk.size(), "(seq > ? AND seq < ?)"));
			Object[] bounds = chunk.stream().flatMap(range -> Stream.of(range.after(), range.before())).toArray();
			found.addAll(jdbc.query("SELECT * FROM screening_parties WHERE " + where, (rs, row) -> stored(rs), bounds));
		}
		return found;
	}

	/** The parties that changed after {@code seq}, in order, at most {@code limit}. */
	List<Stored> changedAfter(long seq, int limit) {
		return jdbc.query("SELECT * FROM screening_parties WHERE seq > ? ORDER BY seq LIMIT ?", (rs, row) -> stored(rs),
				seq, limit);
	}

	/**
	 * Parties screened since {@code since} against an older version of the list than
	 * {@code version}: those whose screening raced with the load of that version.
	 */
	List<Stored> behind(String list, int version, Instant since) {
		return jdbc
			.query("SELECT * FROM screening_parties WHERE removed = FALSE AND screened_at >= ?",
					(rs, row) -> stored(rs), Timestamp.from(since))
			.stream()
			.filter(stored -> stored.listVersions().getOrDefault(list, 0) < version)
			.toList();
	}

	/** When a party was last screened, and against which list versions. */
	record Screened(ScreenedParty.Kind kind, Instant screenedAt, Map<String, Integer> listVersions) {
	}

	/**
	 * When the client and its related parties were last screened: what a client's view
	 * shows, read without the names and identifiers it does not show.
	 */
	List<Screened> screeningsOf(UUID clientId) {
		return jdbc.query(
				"SELECT kind, screened_at, list_versions FROM screening_parties WHERE client_id = ? AND removed = FALSE",
				(rs, row) -> new Screened(WireValue.of(ScreenedParty.Kind.class, rs.getString("kind")),
						rs.getTimestamp("screened_at").toInstant(), versions(rs.getString("list_versions"))),
				clientId);
	}

	private Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		List<String> dates = strings(rs.getString("dates"));
		ScreenedParty party = new ScreenedParty(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				WireValue.of(ScreenedParty.Kind.class, rs.getString("kind")), rs.getBoolean("company"),
				strings(rs.getString("names")), dates.isEmpty() ? null : dates.get(0),
				Set.copyOf(strings(rs.getString("countries"))), Set.copyOf(strings(rs.getString("identifiers"))));
		return new Stored(party, rs.getString("fingerprint"), rs.getLong("seq"), rs.getBoolean("removed"),
				versions(rs.getString("list_versions")), rs.getTimestamp("written_at").toInstant());
	}

	private static List<String> dates(ScreenedParty party) {
		return party.date() == null ? List.of() : List.of(party.date());
	}

	private String json(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> strings(String json) {
		try {
			return new ArrayList<>(objectMapper.readValue(json, STRINGS));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<String, Integer> versions(String json) {
		try {
			return objectMapper.readValue(json, VERSIONS);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String truncate(String value) {
		return value.length() <= 1000 ? value : value.substring(0, 1000);
	}

}
