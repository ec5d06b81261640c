package org.syncscope.topology.validation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax Kafka accepts for topic and consumer group names and for bootstrap server lists, checked here so
 * that a topology with a typo fails in the editor rather than at the first connect.
 */
public final class KafkaNames {

	private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
	private static final Pattern SERVER = Pattern
			.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):([0-9]{1,5})");
	private static final int MAX_PORT = 65535;

	private KafkaNames() {
	}

	/** Whether Kafka accepts {@code name} as a topic (the same rule is applied to applier group ids). */
	public static boolean isLegalName(String name) {
		return name != null && LEGAL_NAME.matcher(name).matches() && !".".equals(name) && !"..".equals(name);
	}

	/**
	 * The first entry of a {@code host:port[,host:port]} list that is not a valid {@code host:port}, or empty if
	 * every entry is valid. Blanks around entries are allowed, as Kafka trims them.
	 */
	public static Optional<String> firstMalformedServer(String bootstrapServers) {
		for (String entry : List.of(bootstrapServers.split(",", -1))) {
			String server = entry.strip();
			Matcher matcher = SERVER.matcher(server);
			if (!matcher.matches()) {
				return Optional.of(server);
			}
			int port = Integer.parseInt(matcher.group(2));
			if (port < 1 || port > MAX_PORT) {
				return Optional.of(server);
			}
		}
		return Optional.empty();
	}
}
