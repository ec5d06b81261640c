package org.syncscope.replay;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which record keys a replay re-sends: all, an exact set, or those matching a regular expression (matched
 * against the whole key). Keys are compared as UTF-8 text, the form in which change logs carry them.
 */
public sealed interface KeyFilter {

	/** Every key. */
	KeyFilter ALL = new All();

	/** Whether a record with key {@code key} (null for none) is replayed. */
	boolean matches(byte[] key);

	/** The filter as stored and shown: empty for all, {@code keys:a,b} or {@code regex:...}. */
	String spec();

	/** Reads {@link #spec()} back. */
	static KeyFilter parse(String spec) throws ReplayException {
		if (spec == null || spec.isBlank()) {
			return ALL;
		}
		if (spec.startsWith(Exact.PREFIX)) {
			Set<String> keys = new TreeSet<>();
			for (String key : spec.substring(Exact.PREFIX.length()).split(",")) {
				if (!key.isBlank()) {
					keys.add(key.strip());
				}
			}
			if (keys.isEmpty()) {
				throw new ReplayException("The key filter lists no keys");
			}
			return new Exact(keys);
		}
		if (spec.startsWith(Regex.PREFIX)) {
			return Regex.of(spec.substring(Regex.PREFIX.length()));
		}
		throw new ReplayException("Unknown key filter '" + spec + "': use keys:k1,k2 or regex:PATTERN");
	}

	/** No filter. */
	record All() implements KeyFilter {
		@Override
		public boolean matches(byte[] key) {
			return true;
		}

		@Override
		public String spec() {
			return "";
		}
	}

	/** Exactly these keys. */
	record Exact(Set<String> keys) implements KeyFilter {
		static final String PREFIX = "keys:";

		public Exact {
			keys = Set.copyOf(keys);
		}

		@Override
		public boolean matches(byte[] key) {
			return key != null && keys.contains(new String(key, StandardCharsets.UTF_8));
		}

		@Override
		public String spec() {
			return PREFIX + String.join(",", new TreeSet<>(keys));
		}
	}

	/** Keys matching a regular expression as a whole. */
	record Regex(Pattern pattern) implements KeyFilter {
		static final String PREFIX = "regex:";

		/** Compiles {@code regex}, reporting a syntax error in the operator's terms. */
		public static Regex of(String regex) throws ReplayException {
			try {
				return new Regex(Pattern.compile(regex));
			} catch (PatternSyntaxException e) {
				throw new ReplayException("The key pattern is not a valid regular expression: " + e.getDescription()
						+ " near index " + e.getIndex(), e);
			}
		}

		@Override
		public boolean matches(byte[] key) {
			return key != null && pattern.matcher(new String(key, StandardCharsets.UTF_8)).matches();
		}

		@Override
		public String spec() {
			return PREFIX + pattern.pattern();
		}
	}
}
