package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.metrics.ListenAddress;
import org.syncscope.testing.Http;
import org.syncscope.testing.kafka.HeldLag;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.ui.ModalDialogs;
import org.syncscope.testing.ui.PreferenceDialogs;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.testing.ui.Widgets;
import org.syncscope.ui.metrics.MetricsAddon;
import org.syncscope.ui.metrics.MetricsPreferences;

/**
 * Window > Preferences > Metrics: the workbench serves no metrics until an operator switches them on; then it
 * serves the figures of what it monitors (here a link held 4 events behind on the real broker) at the address
 * of the page, refuses an address that is not one, and stops serving when switched off again.
 */
@ExtendWith(KafkaBrokerExtension.class)
class MetricsPreferenceTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Display display = Display.getCurrent();

	@Test
	void metricsAreServedWhileThePreferenceSaysSo(LocalKafkaBroker broker) throws Exception {
		Shell window = Workbench.mainWindow(display, Duration.ofSeconds(30));
		MetricsAddon addon = addon();
		assertFalse(MetricsPreferences.enabled(), "off by default");
		assertEquals(Optional.empty(), addon.serving());
		HeldLag.hold(broker.bootstrapServers(), "ui.metrics.changes", "ui.metrics.applier", 4, 0, Duration.ofMinutes(1));
		MonitoringService monitoring = Workbench.get().getApplication().getContext().get(MonitoringService.class);
		monitoring.start(List.of(cluster(broker.bootstrapServers())), settings());
		try {
			ModalDialogs.operate(display, "Preferences", TIMEOUT, dialog -> {
				PreferenceDialogs.showPage(dialog, "Metrics");
				UiWait.until(display, "the Metrics page", TIMEOUT, () -> !Widgets.descendants(dialog, Button.class,
						button -> button.getText().equals("Serve Prometheus metrics")).isEmpty());
				Button serve = Widgets.descendants(dialog, Button.class,
						button -> button.getText().equals("Serve Prometheus metrics")).get(0);
				Text address = Widgets.descendants(dialog, Text.class,
						text -> text.getMessage().equals(MetricsPreferences.DEFAULT_ADDRESS)).get(0);
				assertFalse(serve.getSelection());
				assertEquals("127.0.0.1:9464", address.getText());
				serve.setSelection(true);
				serve.notifyListeners(SWT.Selection, new Event());
				address.setText("here");
				UiWait.processEvents(display);
				assertFalse(PreferenceDialogs.applyAndClose(dialog).isEnabled(), "an address that is not one cannot be saved");
				address.setText("127.0.0.1:0");
				UiWait.processEvents(display);
				assertTrue(PreferenceDialogs.applyAndClose(dialog).isEnabled());
				Screenshots.ofShell(dialog, "preferences-metrics");
				PreferenceDialogs.applyAndClose(dialog).notifyListeners(SWT.Selection, new Event());
			}, () -> Widgets.select(Widgets.menuItem(Widgets.menuItem(window.getMenuBar(), "Window").getMenu(),
					"Preferences…")));

			UiWait.until(display, "metrics served", TIMEOUT, () -> addon.serving().isPresent());
			ListenAddress served = addon.serving().orElseThrow();
			assertEquals("127.0.0.1", served.host());
			String held = "syncscope_link_lag_events{cluster=\"Metrics UI\",link=\"held in ui\"} 4.0";
			UiWait.until(display, "the held link's lag served", TIMEOUT,
					() -> Http.get(served.metricsUrl()).lines().anyMatch(held::equals));
			Screenshots.ofShell(window, "metrics-served");

			MetricsPreferences.set(false, served);
			UiWait.until(display, "metrics no longer served", TIMEOUT,
					() -> addon.serving().isEmpty() && Http.get(served.metricsUrl()).isEmpty());
		} finally {
			monitoring.stop();
			MetricsPreferences.set(false, ListenAddress.parse(MetricsPreferences.DEFAULT_ADDRESS));
		}
	}

	private static MetricsAddon addon() {
		return Workbench.get().getApplication().getAddons().stream()
				.filter(addon -> "org.syncscope.ui.addon.metrics".equals(addon.getElementId())).findFirst()
				.map(MAddon::getObject).map(MetricsAddon.class::cast)
				.orElseThrow(() -> new AssertionError("no metrics addon in the application model"));
	}

	private static ClusterSpec cluster(String bootstrapServers) {
		return new ClusterSpec("metrics-ui", "Metrics UI", bootstrapServers, Map.of(), List.of(new LinkSpec(
				"held-in-ui", "held in ui", "eu", "us", "ui.metrics.changes", "ui.metrics.applier", Set.of(),
				LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of())));
	}

	private static MonitorSettings settings() {
		return MonitorSettings.defaults().withMonitorGroup("syncscope.ui-test." + UUID.randomUUID());
	}
}
