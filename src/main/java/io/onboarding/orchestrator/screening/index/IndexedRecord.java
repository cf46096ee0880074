package io.onboarding.orchestrator.screening.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import io.onboarding.orchestrator.screening.matching.Profile;

/**
 * What an index document gives back (its key, profile and attributes) as the bytes of a
 * binary doc value: lengths and UTF-8 strings, read without a parser. A rescreen reads up
 * to 200 candidates per changed entry; as a compressed stored field in JSON, reading them
 * was a quarter of its time (LZ4 decompressing a whole block per document, then Jackson).
 */
final class IndexedRecord {

	private IndexedRecord() {
	}

	static BytesRef write(String key, Profile profile, Map<String, String> attributes) {
		ByteBuffersDataOutput out = new ByteBuffersDataOutput();
		try {
			out.writeString(key);
			out.writeByte((byte) (profile.company() ? 1 : 0));
			out.writeVInt(profile.names().size());
			for (List<String> name : profile.names()) {
				writeStrings(out, name);
			}
			writeStrings(out, profile.dates());
			writeStrings(out, profile.countries());
			writeStrings(out, profile.identifiers());
			out.writeVInt(attributes.size());
			for (Map.Entry<String, String> attribute : attributes.entrySet()) {
				out.writeString(attribute.getKey());
				out.writeString(attribute.getValue());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("An in-memory output can't fail", e);
		}
		return new BytesRef(out.toArrayCopy());
	}

	static NameIndex.Found read(BytesRef bytes) {
		try {
			return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
		}
		catch (IOException e) {
			throw new IllegalStateException("A byte array can't fail to be read", e);
		}
	}

	private static NameIndex.Found read(ByteArrayDataInput in) throws IOException {
		String key = in.readString();
		boolean company = in.readByte() == 1;
		int names = in.readVInt();
		List<List<String>> words = new ArrayList<>(names);
		for (int i = 0; i < names; i++) {
			words.add(readStrings(in));
		}
		List<String> dates = readStrings(in);
		Set<String> countries = new LinkedHashSet<>(readStrings(in));
		Set<String> identifiers = new LinkedHashSet<>(readStrings(in));
		int count = in.readVInt();
		Map<String, String> attributes = new HashMap<>(count * 2);
		for (int i = 0; i < count; i++) {
			attributes.put(in.readString(), in.readString());
		}
		return new NameIndex.Found(key, new Profile(company, words, dates, countries, identifiers), attributes);
	}

	private static void writeStrings(ByteBuffersDataOutput out, Collection<String> strings) throws IOException {
		out.writeVInt(strings.size());
		for (String string : strings) {
			out.writeString(string);
		}
	}

	private static List<String> readStrings(ByteArrayDataInput in) throws IOException {
		int size = in.readVInt();
		List<String> strings = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			strings.add(in.readString());
		}
		return strings;
	}

}
