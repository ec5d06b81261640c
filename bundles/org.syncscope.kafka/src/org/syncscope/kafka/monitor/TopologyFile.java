package org.syncscope.kafka.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.topology.resource.TopologyResources;

/**
 * A topology and client properties as the headless commands take them from files: the topology must load and
 * pass validation without errors; a properties file's Kafka client settings (SASL, TLS) replace the secure
 * storage's for every cluster. Failures are {@link IllegalArgumentException}s whose message says what to fix.
 */
public final class TopologyFile {

	private TopologyFile() {
	}

	/** The topology in {@code file}, refused when it does not load or breaks a validation rule (an error). */
	public static Topology load(Path file) {
		Topology topology;
		try {
			topology = TopologyResources.load(TopologyResources.newResourceSet(), file);
		} catch (TopologyLoadException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		List<String> errors = new ArrayList<>();
		for (Diagnostic problem : Diagnostician.INSTANCE.validate(topology).getChildren()) {
			if (problem.getSeverity() >= Diagnostic.ERROR) {
				errors.add(problem.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException("the topology " + file + " has errors: " + String.join("; ", errors));
		}
		return topology;
	}

	/** The Kafka client properties in {@code file}. */
	public static Map<String, Object> clientProperties(Path file) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the client properties " + file + ": " + e.getMessage(), e);
		}
		Map<String, Object> map = new HashMap<>();
		properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
		return map;
	}

	/** The clusters of {@code topology}, each with {@code properties} over the client settings the topology gives. */
	public static List<ClusterSpec> clusters(Topology topology, Map<String, Object> properties) {
		List<ClusterSpec> clusters;
		try {
			clusters = TopologySpecs.of(topology, CredentialResolver.NONE);
		} catch (CredentialException cannotHappen) {
			throw new IllegalStateException("no secret is looked up without secure storage", cannotHappen);
		}
		return clusters.stream().map(cluster -> {
			Map<String, Object> merged = new HashMap<>(cluster.clientProperties());
			merged.putAll(properties);
			return new ClusterSpec(cluster.id(), cluster.name(), cluster.bootstrapServers(), merged, cluster.links());
		}).toList();
	}
}
