package org.syncscope.connect.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * Kafka's own {@code kafka-consumer-groups --describe} (ConsumerGroupCommand from kafka-tools, beside the
 * broker's jars as in Kafka's distribution) run in a child JVM: the lag operators trust, to compare with.
 */
final class KafkaConsumerGroups {

	private KafkaConsumerGroups() {
	}

	/** The LAG column of {@code group}'s row for partition {@code partition} of {@code topic}; empty when none. */
	static OptionalLong lag(String bootstrapServers, String group, String topic, int partition)
			throws IOException, InterruptedException {
		List<String> lines = describe(bootstrapServers, group);
		for (int header = 0; header < lines.size(); header++) {
			List<String> columns = columns(lines.get(header));
			if (!columns.contains("LAG")) {
				continue;
			}
			for (String line : lines.subList(header + 1, lines.size())) {
				List<String> row = columns(line);
				if (row.size() > columns.indexOf("LAG") && topic.equals(row.get(columns.indexOf("TOPIC")))
						&& Integer.toString(partition).equals(row.get(columns.indexOf("PARTITION")))) {
					String lag = row.get(columns.indexOf("LAG"));
					return lag.equals("-") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lag));
				}
			}
		}
		return OptionalLong.empty();
	}

	private static List<String> describe(String bootstrapServers, String group) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path lib = Path.of(System.getProperty(KafkaBrokerExtension.LIB_PROPERTY));
		Process tool = new ProcessBuilder(java, "-cp", lib + "/*",
				"org.apache.kafka.tools.consumer.group.ConsumerGroupCommand", "--bootstrap-server", bootstrapServers,
				"--describe", "--group", group).redirectErrorStream(true).start();
		String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
			tool.destroyForcibly();
			throw new AssertionError("kafka-consumer-groups failed:\n" + output);
		}
		return output.lines().toList();
	}

	private static List<String> columns(String line) {
		return Arrays.stream(line.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
	}
}
