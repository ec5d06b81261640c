package org.syncscope.ui.metrics;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.syncscope.metrics.ListenAddress;

/**
 * Whether the workbench serves its monitoring figures to Prometheus, and where: off by default, and on the
 * loopback unless an operator names another interface. Kept in the workspace's preferences.
 */
public final class MetricsPreferences {

	/** Preference node of the SyncScope UI. */
	public static final String NODE = "org.syncscope.ui";
	public static final String ENABLED = "metrics.enabled";
	public static final String ADDRESS = "metrics.address";
	/** Where metrics are served unless set otherwise. */
	public static final String DEFAULT_ADDRESS = ListenAddress.LOOPBACK + ":" + ListenAddress.DEFAULT_PORT;

	private MetricsPreferences() {
	}

	public static boolean enabled() {
		return node().getBoolean(ENABLED, false);
	}

	/** The address as stored (checked when it is set, so it parses). */
	public static ListenAddress address() {
		try {
			return ListenAddress.parse(node().get(ADDRESS, DEFAULT_ADDRESS));
		} catch (IllegalArgumentException storedByHand) {
			return ListenAddress.parse(DEFAULT_ADDRESS);
		}
	}

	/** Stores both settings and flushes them; the running workbench applies them at once. */
	public static void set(boolean enabled, ListenAddress address) throws BackingStoreException {
		IEclipsePreferences node = node();
		node.putBoolean(ENABLED, enabled);
		node.put(ADDRESS, address.toString());
		node.flush();
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
