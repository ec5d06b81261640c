package org.syncscope.resolution;

import java.util.Objects;

import org.syncscope.core.policy.ResolutionContext;

/**
 * Who uses the console and how: the operator name written to the audit trail, whether the console is
 * read-only (a viewer: everything shown, nothing changed), and the replica id under which resolutions are
 * written: a replica of its own per workstation, so that its counter never collides with a real replica's,
 * and two consoles resolving the same conflict differently produce concurrent versions (a new conflict the
 * detector shows) instead of equal vectors with different content (a lost update nobody would see).
 *
 * @param operator the name in the audit trail
 * @param readOnly whether every change is refused
 * @param resolverReplica the replica id of resolution events
 */
public record ConsoleSettings(String operator, boolean readOnly, String resolverReplica) {

	/** System property naming the operator (else the OS user). */
	public static final String OPERATOR_PROPERTY = "syncscope.operator";
	/** System property switching read-only mode on. */
	public static final String READ_ONLY_PROPERTY = "syncscope.readOnly";
	/** The prefix of the replica ids resolutions are written under. */
	public static final String RESOLVER_REPLICA = ResolutionContext.RESOLVER_REPLICA_PREFIX;

	public ConsoleSettings {
		Objects.requireNonNull(operator, "operator");
		Objects.requireNonNull(resolverReplica, "resolverReplica");
		if (operator.isBlank()) {
			throw new IllegalArgumentException("The operator name is blank");
		}
	}

	/**
	 * From the system properties: {@value #OPERATOR_PROPERTY} or the OS user, {@value #READ_ONLY_PROPERTY}. Looks
	 * up the host name for the resolver replica, which may wait for DNS: not on the UI thread.
	 */
	public static ConsoleSettings fromSystem() {
		return new ConsoleSettings(systemOperator(), readOnlyBySystem(), RESOLVER_REPLICA + "@" + hostName());
	}

	/** The operator named by {@value #OPERATOR_PROPERTY}, else the OS user; never blank. */
	public static String systemOperator() {
		String operator = System.getProperty(OPERATOR_PROPERTY, System.getProperty("user.name", "operator"));
		return operator.isBlank() ? "operator" : operator;
	}

	/** Whether {@value #READ_ONLY_PROPERTY} makes the whole installation read-only. */
	public static boolean readOnlyBySystem() {
		return Boolean.getBoolean(READ_ONLY_PROPERTY);
	}

	private static String hostName() {
		try {
			String name = java.net.InetAddress.getLocalHost().getHostName();
			return name == null || name.isBlank() ? "localhost" : name;
		} catch (java.io.IOException unknown) {
			return "localhost";
		}
	}

	/** The same settings, read-only or not. */
	public ConsoleSettings withReadOnly(boolean viewer) {
		return new ConsoleSettings(operator, viewer, resolverReplica);
	}
}
