package org.syncscope.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.syncscope.kafka.monitor.MonitoringService;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Serves a monitoring service's figures to Prometheus over HTTP ({@code /metrics}) from the moment it is
 * started until it is closed. Each server has a registry of its own, so the workbench and a test can run
 * several without their metrics mixing.
 */
public final class MetricsServer implements AutoCloseable {

	private final MonitoringService monitoring;
	private final ConflictClosings closings = new ConflictClosings();
	private final HTTPServer server;
	private final ListenAddress address;

	private MetricsServer(MonitoringService monitoring, ListenAddress requested) throws IOException {
		this.monitoring = monitoring;
		PrometheusRegistry registry = new PrometheusRegistry();
		registry.register(new SnapshotCollector(monitoring::latest, closings));
		monitoring.addConflictListener(closings);
		try {
			server = HTTPServer.builder().hostname(requested.host()).port(requested.port()).registry(registry)
					.buildAndStart();
		} catch (IOException | UncheckedIOException e) {
			monitoring.removeConflictListener(closings);
			throw new IOException("Cannot serve metrics on " + requested + ": " + e.getMessage(), e);
		}
		this.address = new ListenAddress(requested.host(), server.getPort());
	}

	/** Starts serving {@code monitoring}'s metrics on {@code address}; fails if the port is taken. */
	public static MetricsServer start(MonitoringService monitoring, ListenAddress address) throws IOException {
		return new MetricsServer(monitoring, address);
	}

	/** Where the server listens (with the port it got, when port 0 was asked for). */
	public ListenAddress address() {
		return address;
	}

	@Override
	public void close() {
		monitoring.removeConflictListener(closings);
		server.close();
	}
}
