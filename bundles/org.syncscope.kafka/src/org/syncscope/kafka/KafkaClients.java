package org.syncscope.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Creates Kafka clients inside OSGi. Kafka loads configured classes (serializers, metric reporters) through
 * the thread context class loader, which in OSGi is not Kafka's own: clients are created with Kafka's
 * class loader as context loader so that every class name in a configuration resolves.
 */
public final class KafkaClients {

	private static final int SHORT_SESSION_MILLIS = 6_000;

	private KafkaClients() {
	}

	/**
	 * A new, modifiable client configuration for the cluster at {@code bootstrapServers} with the client
	 * settings its endpoint names ({@code clientProperties}, secrets already resolved): what monitoring, the
	 * outbox and replays all start from.
	 */
	public static Map<String, Object> config(String bootstrapServers, Map<String, Object> clientProperties) {
		Map<String, Object> config = new HashMap<>(clientProperties);
		config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		return config;
	}

	/**
	 * Gives a consumer configuration the broker's shortest session (its default
	 * {@code group.min.session.timeout.ms}, 6 s) and a heartbeat a third of it: when the process is killed, its
	 * member leaves the group within seconds, so the next start does not wait out Kafka's default 45 s.
	 */
	public static Map<String, Object> shortSession(Map<String, Object> consumerConfig) {
		consumerConfig.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SHORT_SESSION_MILLIS);
		consumerConfig.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, SHORT_SESSION_MILLIS / 3);
		return consumerConfig;
	}

	/**
	 * The {@code sasl.jaas.config} that logs in as {@code username}: SCRAM's login module for a
	 * {@code SCRAM-*} mechanism, else PLAIN's; quotes and backslashes in the values are escaped.
	 */
	public static String jaasConfig(String mechanism, String username, String password) {
		String module = mechanism != null && mechanism.startsWith("SCRAM-")
				? "org.apache.kafka.common.security.scram.ScramLoginModule"
				: "org.apache.kafka.common.security.plain.PlainLoginModule";
		return module + " required username=\"" + escape(username) + "\" password=\"" + escape(password) + "\";";
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/** An admin client for the given configuration. */
	public static Admin admin(Map<String, Object> config) {
		return withKafkaClassLoader(() -> Admin.create(config));
	}

	/** A producer of raw bytes (keys and values are encoded by the caller). */
	public static Producer<byte[], byte[]> bytesProducer(Map<String, Object> config) {
		return withKafkaClassLoader(
				() -> new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
	}

	/** A consumer of raw bytes (decoding and quarantine are the caller's). */
	public static Consumer<byte[], byte[]> bytesConsumer(Map<String, Object> config) {
		return withKafkaClassLoader(
				() -> new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
	}

	private static <T> T withKafkaClassLoader(Supplier<T> factory) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(Admin.class.getClassLoader());
		try {
			return factory.get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
