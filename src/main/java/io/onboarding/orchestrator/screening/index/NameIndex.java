package io.onboarding.orchestrator.screening.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.MMapDirectory;

import io.onboarding.orchestrator.screening.matching.Names;
import io.onboarding.orchestrator.screening.matching.Profile;

/**
 * A Lucene index of names (list entries, or parties), made for screening: each document
 * holds the words of its names, their Double Metaphone codes, the words with a letter
 * left out, its birth years and identifiers as exact terms. A query asks for documents
 * that share at least two words of a name with it (a word counts when it is the same,
 * sounds the same, or is a letter away), or an identifier; the scorer then decides. The
 * document's key, profile and attributes come back from a binary doc value
 * ({@link IndexedRecord}). The index is a cache of the database, rebuilt at every start
 * in a temporary directory and caught up as the database changes.
 */
abstract class NameIndex implements AutoCloseable {

	private static final String KEY = "key";

	private static final String WORD = "w";

	private static final String SOUND = "s";

	/** Each word with one letter left out (see {@link #query}). */
	private static final String DELETION = "d";

	/** Below Lucene's limit of 1,024 clauses in a query, with room for the rest. */
	private static final int MAX_CLAUSES = 900;

	private static final String IDENTIFIER = "i";

	private static final String KIND = "k";

	private static final String YEAR = "y";

	/** Weighs a shared year above the words a common name shares with many documents. */
	private static final float YEAR_BOOST = 10f;

	private static final String RECORD = "r";

	/** Fewer changes than this never merge the index (see {@link #publish}). */
	private static final int MERGE_AFTER = 1_000;

	private final Path directory;

	private final MMapDirectory store;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	NameIndex(String name) {
		try {
			this.directory = Files.createTempDirectory("onboarding-" + name + "-index-");
			this.store = new MMapDirectory(directory);
			this.writer = new IndexWriter(store,
					new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(32));
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The " + name + " index can't be created", e);
		}
	}

	/** One document: its key, profile and what the scorer's caller wants back. */
	record Indexed(String key, Profile profile, Map<String, String> attributes) {
	}

	/** A document the query found, read back. */
	record Found(String key, Profile profile, Map<String, String> attributes) {
	}

	void put(Indexed document) {
		try {
			writer.updateDocument(new Term(KEY, document.key()), document(document));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void remove(String key) {
		try {
			writer.deleteDocuments(new Term(KEY, key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Makes what was put and removed visible to searches. After a change of a tenth of
	 * the index or more (the build at start, a list's first load) it merges the index
	 * into one segment first: a query then looks each of its terms up once instead of
	 * once per segment, which made a full rescreen a fifth faster (bench/screening.sh;
	 * the merge took 2.7 s at 300,000 parties).
	 */
	void publish(int changed) {
		try {
			if (changed >= Math.max(MERGE_AFTER, size() / 10)) {
				writer.forceMerge(1);
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The documents that could match the profile, at most {@code max} of them. */
	List<Found> candidates(Profile profile, int max) {
		Query query = query(profile);
		if (query == null) {
			return List.of();
		}
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return read(searcher, searcher.search(query, max).scoreDocs);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The records of the hits, in the hits' order. Doc values are read forwards, so the
	 * hits are visited by document number.
	 */
	private static List<Found> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		Integer[] byDocument = new Integer[hits.length];
		for (int i = 0; i < hits.length; i++) {
			byDocument[i] = i;
		}
		Arrays.sort(byDocument, Comparator.comparingInt(i -> hits[i].doc));
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Found[] found = new Found[hits.length];
		LeafReaderContext leaf = null;
		BinaryDocValues records = null;
		for (int i : byDocument) {
			int doc = hits[i].doc;
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				records = leaf.reader().getBinaryDocValues(RECORD);
			}
			if (records == null || !records.advanceExact(doc - leaf.docBase)) {
				throw new IllegalStateException("An index document has no record");
			}
			found[i] = IndexedRecord.read(records.binaryValue());
		}
		return Arrays.asList(found);
	}

	int size() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The index's segments, as searches see them. */
	int segments() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().leaves().size();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			searchers.close();
			writer.close();
			store.close();
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * At least two words of the names (one for a one-word name) alike, each the same,
	 * sounding the same or a letter away; or the same identifier; and of the same kind.
	 * "A letter away" is a deletion neighbourhood (as SymSpell and FastSS do): two words
	 * are a letter away when deleting at most one letter from each makes them equal,
	 * which is every single edit and a transposition; vowel changes further apart
	 * (Mohammed, Muhammad) sound the same. It asks only for exact terms, so a query's
	 * size is known before it runs: Lucene refuses a query of over 1,024 clauses, and a
	 * fuzzy query's expansions count only once rewritten, so an entry with many aliases
	 * failed. The rescreen is as fast as with fuzzy queries (bench/screening.sh: its time
	 * goes to the postings of common words, not to building Levenshtein automata any
	 * more).
	 */
	static Query query(Profile profile) {
		Set<String> words = new LinkedHashSet<>();
		profile.words().stream().filter(word -> word.length() >= 2).forEach(words::add);
		BooleanQuery.Builder names = new BooleanQuery.Builder();
		int clauses = 0;
		for (String word : words) {
			if (clauses + 2 > MAX_CLAUSES) {
				break; // the words of a few hundred aliases are enough
			}
			BooleanQuery.Builder alike = new BooleanQuery.Builder();
			alike.add(new TermQuery(new Term(WORD, word)), BooleanClause.Occur.SHOULD);
			String sound = Names.sound(word);
			if (!sound.isEmpty()) {
				alike.add(new TermQuery(new Term(SOUND, sound)), BooleanClause.Occur.SHOULD);
			}
			Set<String> deletions = deletions(word);
			// Lucene refuses a query of more than 1,024 clauses: an entry with dozens of
			// aliases keeps the exact and sound clauses of its later words
			if (!deletions.isEmpty() && clauses + 3 + 2 * deletions.size() <= MAX_CLAUSES) {
				alike.add(new TermQuery(new Term(DELETION, word)), BooleanClause.Occur.SHOULD);
				for (String deletion : deletions) {
					alike.add(new TermQuery(new Term(WORD, deletion)), BooleanClause.Occur.SHOULD);
					alike.add(new TermQuery(new Term(DELETION, deletion)), BooleanClause.Occur.SHOULD);
				}
			}
			BooleanQuery built = alike.build();
			clauses += built.clauses().size();
			names.add(built, BooleanClause.Occur.SHOULD);
		}
		int shortest = profile.names().stream().mapToInt(List::size).min().orElse(0);
		names.setMinimumNumberShouldMatch(Math.min(2, Math.max(1, Math.min(shortest, words.size()))));
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		if (!words.isEmpty()) {
			either.add(names.build(), BooleanClause.Occur.SHOULD);
		}
		profile.identifiers()
			.forEach(id -> either.add(new TermQuery(new Term(IDENTIFIER, id)), BooleanClause.Occur.SHOULD));
		BooleanQuery alternatives = either.build();
		if (alternatives.clauses().isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(alternatives, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(KIND, kind(profile))), BooleanClause.Occur.FILTER);
		// a shared year ranks a document first without being required: among many
		// holders of a common name, those born (or incorporated) the same year are the
		// ones scored
		years(profile).forEach(year -> query.add(new BoostQuery(new TermQuery(new Term(YEAR, year)), YEAR_BOOST),
				BooleanClause.Occur.SHOULD));
		return query.build();
	}

	private Document document(Indexed indexed) {
		Document document = new Document();
		document.add(new StringField(KEY, indexed.key(), Field.Store.NO));
		document.add(new StringField(KIND, kind(indexed.profile()), Field.Store.NO));
		Set<String> sounds = new LinkedHashSet<>();
		Set<String> deletions = new LinkedHashSet<>();
		for (String word : indexed.profile().words()) {
			document.add(new StringField(WORD, word, Field.Store.NO));
			deletions.addAll(deletions(word));
			String sound = Names.sound(word);
			if (!sound.isEmpty() && sounds.add(sound)) {
				document.add(new StringField(SOUND, sound, Field.Store.NO));
			}
		}
		deletions.forEach(deletion -> document.add(new StringField(DELETION, deletion, Field.Store.NO)));
		indexed.profile().identifiers().forEach(id -> document.add(new StringField(IDENTIFIER, id, Field.Store.NO)));
		years(indexed.profile()).forEach(year -> document.add(new StringField(YEAR, year, Field.Store.NO)));
		document.add(new BinaryDocValuesField(RECORD,
				IndexedRecord.write(indexed.key(), indexed.profile(), indexed.attributes())));
		return document;
	}

	/**
	 * The word with one letter left out, each way; none for a word under four letters.
	 */
	static Set<String> deletions(String word) {
		Set<String> deletions = new LinkedHashSet<>();
		if (word.codePointCount(0, word.length()) < 4) {
			return deletions;
		}
		for (int at = 0; at < word.length(); at = word.offsetByCodePoints(at, 1)) {
			deletions.add(word.substring(0, at) + word.substring(word.offsetByCodePoints(at, 1)));
		}
		return deletions;
	}

	private static Set<String> years(Profile profile) {
		Set<String> years = new LinkedHashSet<>();
		profile.dates().forEach(date -> years.add(date.substring(0, 4)));
		return years;
	}

	private static String kind(Profile profile) {
		return profile.company() ? "company" : "person";
	}

}
