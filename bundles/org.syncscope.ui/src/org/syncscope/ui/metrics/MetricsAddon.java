package org.syncscope.ui.metrics;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.metrics.ListenAddress;
import org.syncscope.metrics.MetricsServer;
import org.syncscope.ui.status.StatusLine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Serves the workbench's monitoring figures to Prometheus while the {@link MetricsPreferences} say so, from
 * start-up on and whenever they change, in a job (binding a port is I/O). A port that is taken is reported in
 * the status line and the log; the workbench goes on without serving.
 */
public class MetricsAddon {

	private final IPreferenceChangeListener onChange = event -> {
		if (event.getKey().startsWith("metrics.")) {
			schedule();
		}
	};
	private MonitoringService monitoring;
	private IEventBroker events;
	private MetricsServer server;
	private boolean closed;

	@PostConstruct
	void start(MonitoringService monitoring, IEventBroker events) {
		this.monitoring = monitoring;
		this.events = events;
		MetricsPreferences.node().addPreferenceChangeListener(onChange);
		schedule();
	}

	private void schedule() {
		// each run applies the preferences as they are then, so the last one wins whatever the order
		Job.createSystem("Serving Prometheus metrics", monitor -> {
			apply();
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Starts, moves or stops the server to match the preferences. */
	private synchronized void apply() {
		Optional<ListenAddress> wanted = closed || !MetricsPreferences.enabled() ? Optional.empty()
				: Optional.of(MetricsPreferences.address());
		if (server != null && wanted.isPresent() && matches(server.address(), wanted.get())) {
			return;
		}
		if (server != null) {
			server.close();
			server = null;
			if (wanted.isEmpty()) {
				events.post(StatusLine.TOPIC_MESSAGE, "Stopped serving Prometheus metrics");
			}
		}
		if (wanted.isEmpty()) {
			return;
		}
		try {
			server = MetricsServer.start(monitoring, wanted.get());
			events.post(StatusLine.TOPIC_MESSAGE, "Serving Prometheus metrics at " + server.address().metricsUrl());
		} catch (IOException e) {
			ILog.of(MetricsAddon.class).error(e.getMessage(), e);
			events.post(StatusLine.TOPIC_MESSAGE, e.getMessage());
		}
	}

	/** Whether the server already listens where {@code wanted} asks (port 0 asks for any free port). */
	private static boolean matches(ListenAddress serving, ListenAddress wanted) {
		return serving.host().equals(wanted.host()) && (wanted.port() == 0 || serving.port() == wanted.port());
	}

	/** Where metrics are served now, if anywhere. */
	public synchronized Optional<ListenAddress> serving() {
		return Optional.ofNullable(server).map(MetricsServer::address);
	}

	@PreDestroy
	synchronized void stop() {
		closed = true;
		MetricsPreferences.node().removePreferenceChangeListener(onChange);
		if (server != null) {
			server.close();
			server = null;
		}
	}
}
