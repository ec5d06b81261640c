package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syncscope.ui.preferences.DashboardPreferences;

/** The dashboard's refresh interval: stored in the workspace preferences, kept within its bounds. */
class DashboardPreferencesTest {

	@AfterEach
	void restoreDefault() throws Exception {
		DashboardPreferences.setRefreshMillis(DashboardPreferences.DEFAULT_REFRESH_MILLIS);
	}

	@Test
	void refreshIntervalIsStoredAndClamped() throws Exception {
		assertEquals(1_000, DashboardPreferences.refreshMillis(), "once a second by default");

		DashboardPreferences.setRefreshMillis(5_000);
		assertEquals(5_000, DashboardPreferences.refreshMillis());

		DashboardPreferences.setRefreshMillis(10);
		assertEquals(DashboardPreferences.MIN_REFRESH_MILLIS, DashboardPreferences.refreshMillis(), "not faster than 250 ms");

		DashboardPreferences.setRefreshMillis(Integer.MAX_VALUE);
		assertEquals(DashboardPreferences.MAX_REFRESH_MILLIS, DashboardPreferences.refreshMillis());
	}
}
