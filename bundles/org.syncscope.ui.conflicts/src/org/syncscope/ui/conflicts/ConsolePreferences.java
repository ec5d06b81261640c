package org.syncscope.ui.conflicts;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.syncscope.resolution.ConsoleSettings;

/**
 * What the operator chooses for the conflict console in Window > Preferences, kept in the workspace's
 * preferences: the name the audit trail records (the OS user when none is set) and read-only (viewer) mode.
 * The system property {@value ConsoleSettings#READ_ONLY_PROPERTY} forces read-only mode whatever is chosen.
 */
public final class ConsolePreferences {

	/** Preference node of the console. */
	public static final String NODE = "org.syncscope.ui.conflicts";
	/** The operator name; empty for the OS user. */
	public static final String OPERATOR = "operator";
	/** Read-only (viewer) mode. */
	public static final String READ_ONLY = "readOnly";
	/** Event topic posted (with the new {@link ConsoleSettings}) when the console applied changed preferences. */
	public static final String TOPIC_CHANGED = "syncscope/conflicts/settingsChanged";

	private ConsolePreferences() {
	}

	/**
	 * The console's settings: these preferences over the system defaults. Looks up the host name for the
	 * resolver replica: not on the UI thread.
	 */
	public static ConsoleSettings settings() {
		return new ConsoleSettings(operatorName(), readOnly(), ConsoleSettings.fromSystem().resolverReplica());
	}

	/** The name the audit trail records: the chosen one, else the system's. */
	public static String operatorName() {
		String chosen = operator();
		return chosen.isBlank() ? ConsoleSettings.systemOperator() : chosen;
	}

	/** Whether the console is read-only: chosen here or forced by the system property. */
	public static boolean readOnly() {
		return readOnlyForced() || readOnlyChosen();
	}

	/** The chosen operator name, empty when none is chosen. */
	public static String operator() {
		return node().get(OPERATOR, "").strip();
	}

	/** Whether read-only mode is chosen (it may still be forced by the system property). */
	public static boolean readOnlyChosen() {
		return node().getBoolean(READ_ONLY, false);
	}

	/** Whether the system property forces read-only mode. */
	public static boolean readOnlyForced() {
		return ConsoleSettings.readOnlyBySystem();
	}

	/** Stores the operator's choice and flushes it to disk. */
	public static void set(String operator, boolean readOnly) throws BackingStoreException {
		IEclipsePreferences node = node();
		node.put(OPERATOR, operator.strip());
		node.putBoolean(READ_ONLY, readOnly);
		node.flush();
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
