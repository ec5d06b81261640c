package org.syncscope.metrics;

import java.util.Locale;

/**
 * Where a metrics endpoint listens: {@code HOST:PORT}, or a bare port on 127.0.0.1 (never on every interface
 * unless an operator names one, e.g. {@code 0.0.0.0:9464}). Port 0 takes a free one.
 */
public record ListenAddress(String host, int port) {

	/** The loopback interface, where metrics are served unless an operator says otherwise. */
	public static final String LOOPBACK = "127.0.0.1";

	/** Prometheus's customary port for an exporter of this kind. */
	public static final int DEFAULT_PORT = 9464;

	public ListenAddress {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("The metrics address needs a host");
		}
		if (port < 0 || port > 65_535) {
			throw new IllegalArgumentException("The metrics port must be between 0 and 65535, not " + port);
		}
	}

	/** Reads {@code HOST:PORT}, {@code [IPV6]:PORT} or {@code PORT}. */
	public static ListenAddress parse(String text) {
		String trimmed = text == null ? "" : text.trim();
		int colon = trimmed.lastIndexOf(':');
		String host = colon < 0 ? LOOPBACK : trimmed.substring(0, colon);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		String port = trimmed.substring(colon + 1);
		try {
			return new ListenAddress(host.isEmpty() ? LOOPBACK : host, Integer.parseInt(port));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					"The metrics address must be HOST:PORT or PORT, like 127.0.0.1:9464, not '" + text + "'");
		}
	}

	@Override
	public String toString() {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}

	/** The address a scraper asks for, e.g. {@code http://127.0.0.1:9464/metrics}. */
	public String metricsUrl() {
		return String.format(Locale.ROOT, "http://%s/metrics", this);
	}
}
