package org.syncscope.topology.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.TopologyPackage.Literals;

/**
 * Rules for Kafka Connect clusters: a REST URL SyncScope can call, with no credentials written into the file.
 */
public final class KafkaConnectClusterRules {

	private KafkaConnectClusterRules() {
	}

	/** The REST URL is {@code http(s)://host:port}. */
	public static boolean wellFormedRestUrl(KafkaConnectCluster connect, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String url = connect.getRestUrl();
		if (Problems.isBlank(url)) {
			return Problems.report(diagnostics, TopologyProblem.MISSING_REST_URL, connect,
					Literals.KAFKA_CONNECT_CLUSTER__REST_URL, Problems.label(connect));
		}
		if (!isHttpWithPort(url)) {
			return Problems.report(diagnostics, TopologyProblem.MALFORMED_REST_URL, connect,
					Literals.KAFKA_CONNECT_CLUSTER__REST_URL, Problems.label(connect), url);
		}
		return true;
	}

	/** The REST URL carries no {@code user:password@}. */
	public static boolean noCredentialsInRestUrl(KafkaConnectCluster connect, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String url = connect.getRestUrl();
		if (url != null && url.matches("(?i)https?://[^/]*@.*")) {
			return Problems.report(diagnostics, TopologyProblem.CREDENTIALS_IN_REST_URL, connect,
					Literals.KAFKA_CONNECT_CLUSTER__REST_URL, Problems.label(connect));
		}
		return true;
	}

	private static boolean isHttpWithPort(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
					&& uri.getPort() >= 1 && uri.getPort() <= 65535;
		} catch (URISyntaxException e) {
			return false;
		}
	}
}
