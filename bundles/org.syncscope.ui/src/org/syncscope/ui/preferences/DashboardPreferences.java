package org.syncscope.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The dashboard's settings in the workspace's preferences (instance scope), where parts read them. */
public final class DashboardPreferences {

	/** Preference node of the SyncScope UI. */
	public static final String NODE = "org.syncscope.ui";
	/** How often the dashboard redraws, in milliseconds. */
	public static final String REFRESH_MILLIS = "dashboard.refreshMillis";
	/** The default: once a second. */
	public static final int DEFAULT_REFRESH_MILLIS = 1_000;
	/** The fastest and slowest refresh an operator can choose. */
	public static final int MIN_REFRESH_MILLIS = 250;
	public static final int MAX_REFRESH_MILLIS = 60_000;

	private DashboardPreferences() {
	}

	/** The refresh interval, clamped to the allowed range. */
	public static int refreshMillis() {
		return clamp(node().getInt(REFRESH_MILLIS, DEFAULT_REFRESH_MILLIS));
	}

	/** Stores a new refresh interval (clamped) and flushes it to disk. */
	public static void setRefreshMillis(int millis) throws BackingStoreException {
		IEclipsePreferences node = node();
		node.putInt(REFRESH_MILLIS, clamp(millis));
		node.flush();
	}

	static int clamp(int millis) {
		return Math.max(MIN_REFRESH_MILLIS, Math.min(MAX_REFRESH_MILLIS, millis));
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
