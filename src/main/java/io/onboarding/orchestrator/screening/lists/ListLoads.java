package io.onboarding.orchestrator.screening.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a list file as a new version of its list (SPEC 5.5): one load of a list at a
 * time, the whole file or nothing (a file that can't be read leaves the version in
 * force), and only what changed is written: entries added, changed (their fingerprint
 * differs) and removed. A file identical to the version in force makes no new version.
 */
@Service
public class ListLoads {

	private final ListStore store;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ListLoads(ListStore store, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** The outcome of a load: the version in force after it, and whether it is new. */
	public record Loaded(ListVersion version, boolean changed) {
	}

	/**
	 * Reads the file into a new version of the list. Throws {@link ListBusyException}
	 * while another load of the list runs, {@link ListFileException} for a file that
	 * can't be read, {@link ListTooLargeException} past {@code maxBytes}.
	 */
	public Loaded load(String list, ListFormat format, InputStream file, Topic defaultTopic, long maxBytes,
			String source, String actor) {
		if (!transaction.execute(status -> store.claim(list, clock.instant()))) {
			throw new ListBusyException(list);
		}
		try {
			Loaded loaded = transaction
				.execute(status -> write(list, format, file, defaultTopic, maxBytes, source, actor));
			if (loaded.changed()) {
				events.publishEvent(new ListVersionLoaded(list, loaded.version().version()));
			}
			return loaded;
		}
		finally {
			transaction.executeWithoutResult(status -> store.release(list));
		}
	}

	private Loaded write(String list, ListFormat format, InputStream file, Topic defaultTopic, long maxBytes,
			String source, String actor) {
		MessageDigest sha256 = sha256();
		CountingStream counted = new CountingStream(new DigestInputStream(file, sha256), maxBytes);
		Map<String, String> inForce = store.fingerprints(list);
		int version = store.currentVersion(list) + 1;
		// written a thousand at a time as the file streams in: a list of 300,000
		// entries is never held whole
		List<ListEntry> added = new ArrayList<>();
		List<ListEntry> changed = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int[] counts = new int[3];
		format.read(counted, defaultTopic, entry -> {
			counts[0]++;
			seen.add(entry.id());
			String before = inForce.get(entry.id());
			if (before == null) {
				added.add(entry);
			}
			else if (!before.equals(entry.fingerprint())) {
				changed.add(entry);
			}
			flush(list, version, added, changed, counts, 1000);
		});
		flush(list, version, added, changed, counts, 0);
		if (counts[0] == 0) {
			throw new ListFileException("the file holds no entry of a person or a company");
		}
		String checksum = HexFormat.of().formatHex(sha256.digest());
		Optional<ListVersion> current = store.current(list);
		List<String> removed = inForce.keySet().stream().filter(id -> !seen.contains(id)).sorted().toList();
		if (current.isPresent() && counts[1] == 0 && counts[2] == 0 && removed.isEmpty()) {
			return new Loaded(current.get(), false);
		}
		store.markRemoved(list, version, removed);
		Instant now = clock.instant();
		ListVersion loaded = new ListVersion(list, version, format.value(), checksum, counts[0], counts[1], counts[2],
				removed.size(), source, actor, now);
		store.addVersion(loaded);
		events.publishEvent(new ListVersionWritten(list, version, counts[1] + counts[2]));
		return new Loaded(loaded, true);
	}

	/**
	 * Writes what waits once there are {@code atLeast} of it; counts added and changed.
	 */
	private void flush(String list, int version, List<ListEntry> added, List<ListEntry> changed, int[] counts,
			int atLeast) {
		if (added.size() + changed.size() < Math.max(atLeast, 1)) {
			return;
		}
		store.write(list, version, added, true);
		store.write(list, version, changed, false);
		counts[1] += added.size();
		counts[2] += changed.size();
		added.clear();
		changed.clear();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Refuses to read past the size limit, whatever the request's length said. */
	private static final class CountingStream extends FilterInputStream {

		private final long limit;

		private long read;

		CountingStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) {
			read += n;
			if (read > limit) {
				throw new ListTooLargeException(limit);
			}
		}

	}

}
