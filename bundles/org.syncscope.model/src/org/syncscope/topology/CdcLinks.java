package org.syncscope.topology;

/**
 * What a CDC link (a {@link EventFormat#DEBEZIUM_JSON debezium-json} sync link run by Kafka Connect) implies
 * beyond its own fields: Kafka Connect names a sink connector's consumer group after the connector, so the
 * applier group of such a link follows from its sink connector.
 */
public final class CdcLinks {

	/** The prefix Kafka Connect puts before a sink connector's name to form its consumer group id. */
	public static final String CONNECT_GROUP_PREFIX = "connect-";

	private CdcLinks() {
	}

	/** Whether the link carries Debezium change events, written and applied by Kafka Connect. */
	public static boolean isCdc(SyncLink link) {
		return link.getEventFormat() == EventFormat.DEBEZIUM_JSON;
	}

	/** The consumer group Kafka Connect gives the sink connector {@code sinkConnector}. */
	public static String sinkGroup(String sinkConnector) {
		return CONNECT_GROUP_PREFIX + sinkConnector;
	}

	/**
	 * The consumer group that applies the link's change log to its target: the link's applier group when set,
	 * else, for a debezium-json link with a sink connector, {@code connect-<sinkConnector>}; otherwise null.
	 */
	public static String effectiveApplierGroup(SyncLink link) {
		if (!isBlank(link.getApplierGroup())) {
			return link.getApplierGroup();
		}
		if (isCdc(link) && !isBlank(link.getSinkConnector())) {
			return sinkGroup(link.getSinkConnector());
		}
		return null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
