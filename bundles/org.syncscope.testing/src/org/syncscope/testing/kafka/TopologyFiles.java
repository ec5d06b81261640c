package org.syncscope.testing.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Topology files for tests of headless tools: one Kafka cluster and a pair of service replicas per link,
 * written as the XMI the workbench saves.
 */
public final class TopologyFiles {

	/**
	 * One link to monitor: its change log, applier group and lag thresholds in seconds (0: none).
	 */
	public record Link(String name, String topic, String group, long warningSeconds, long criticalSeconds) {

		/** The link's id in the file: its name in lower case, spaces as dashes. */
		public String id() {
			return name.toLowerCase(Locale.ROOT).replace(' ', '-');
		}
	}

	/**
	 * The Kafka cluster of the file; a secured one names its security protocol, SASL mechanism and the key of
	 * its credentials in secure storage (empty text: not set).
	 */
	public record Cluster(String name, String bootstrapServers, String securityProtocol, String saslMechanism,
			String credentialsKey) {

		/** A cluster without security. */
		public static Cluster plain(String name, String bootstrapServers) {
			return new Cluster(name, bootstrapServers, "", "", "");
		}

		private String attributes() {
			return attribute("securityProtocol", securityProtocol) + attribute("saslMechanism", saslMechanism)
					+ attribute("credentialsKey", credentialsKey);
		}

		private static String attribute(String name, String value) {
			return value.isEmpty() ? "" : " " + name + "=\"" + value + "\"";
		}
	}

	private TopologyFiles() {
	}

	/** Writes {@code file} with a cluster named {@code clusterName} at {@code bootstrapServers} and {@code links}. */
	public static Path write(Path file, String clusterName, String bootstrapServers, List<Link> links)
			throws IOException {
		return write(file, Cluster.plain(clusterName, bootstrapServers), links);
	}

	/** Writes {@code file} with {@code cluster} and {@code links}. */
	public static Path write(Path file, Cluster cluster, List<Link> links) throws IOException {
		StringBuilder endpoints = new StringBuilder();
		endpoints.append(String.format(Locale.ROOT, """
				  <endpoints xsi:type="topology:KafkaCluster" id="kafka" name="%s" region="local" bootstrapServers="%s"%s/>
				""", cluster.name(), cluster.bootstrapServers(), cluster.attributes()));
		for (Link link : links) {
			for (String side : List.of("source", "target")) {
				endpoints.append(String.format(Locale.ROOT, """
						  <endpoints xsi:type="topology:ServiceReplica" id="%1$s-%2$s" name="%1$s %2$s" region="%2$s" replicaId="%1$s-%2$s"/>
						""", link.id(), side));
			}
		}
		String linkElements = links.stream().map(link -> String.format(Locale.ROOT, """
				  <links id="%1$s" name="%2$s" source="%1$s-source" target="%1$s-target" cluster="kafka"
				      changeLogTopic="%3$s" applierGroup="%4$s" lagWarningSeconds="%5$d" lagCriticalSeconds="%6$d"/>
				""", link.id(), link.name(), link.topic(), link.group(), link.warningSeconds(), link.criticalSeconds()))
				.collect(Collectors.joining());
		String xmi = """
				<?xml version="1.0" encoding="UTF-8"?>
				<topology:Topology xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:topology="http://www.syncscope.org/topology/1.0" name="Monitored">
				""" + endpoints + linkElements + "</topology:Topology>\n";
		Files.writeString(file, xmi, StandardCharsets.UTF_8);
		return file;
	}
}
