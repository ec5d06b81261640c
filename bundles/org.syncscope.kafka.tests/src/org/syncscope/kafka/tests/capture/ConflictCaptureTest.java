package org.syncscope.kafka.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.EventCodec;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.CapturedConflict;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ConflictCaptureListener;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What monitoring captures of a conflict beyond the detector's verdict. The common ancestor is captured even
 * when the logs are read out of the order they were written in, as after a restart from committed positions:
 * one region's write is read before the write it followed, which arrives late on the other region's log, and
 * the concurrent write that follows still gets that write as its ancestor (three-way merges such as field
 * rules need it). And on a field-rules link, a value that a rule does not fit is reported on the link.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ConflictCaptureTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String KEY = "stock-1";
	private static final List<FieldRule> RULES = List.of(FieldRule.of("onHand", FieldType.COUNTER),
			FieldRule.of("tags", FieldType.SET));

	private final EventCodec codec = new EventCodec();

	@Test
	void aWriteReadAfterItsSuccessorIsStillTheAncestorOfTheConflictThatFollows(LocalKafkaBroker broker)
			throws Exception {
		String bootstrap = broker.bootstrapServers();
		List<CapturedConflict> captured = new CopyOnWriteArrayList<>();
		MonitoringService monitoring = new MonitoringService();
		monitoring.addCaptureListener(new Captured(captured));
		ChangeEvent created = event(KEY, "north-1", VersionVector.of("north-1", 1), 5);
		ChangeEvent southFromCreated = event(KEY, "south-1", VersionVector.of("north-1", 1, "south-1", 1), 8);
		ChangeEvent northFromCreated = event(KEY, "north-1", VersionVector.of("north-1", 2), 3);
		try (Producer<byte[], byte[]> producer = producer(bootstrap, "ancestor")) {
			monitoring.start(List.of(cluster(bootstrap, "ancestor", ConflictPolicy.MANUAL)), fromBeginning());
			// the south write that followed the creation is read first ...
			send(producer, topic("ancestor", "south"), southFromCreated);
			Await.until("the south write to be checked", TIMEOUT, () -> checked(monitoring) == 1);
			// ... then the creation itself, late, and north's own write from it
			send(producer, topic("ancestor", "north"), created);
			send(producer, topic("ancestor", "north"), northFromCreated);
			Await.until("the conflict to be captured", TIMEOUT, () -> !captured.isEmpty());
		} finally {
			monitoring.stop();
		}
		CapturedConflict conflict = captured.get(0);
		assertEquals(Set.of(southFromCreated.eventId(), northFromCreated.eventId()),
				Set.copyOf(conflict.siblings().stream().map(ChangeEvent::eventId).toList()));
		assertEquals(Optional.of(created.eventId()), conflict.ancestor().map(ChangeEvent::eventId),
				"the creation, read after the south write that followed it, is the common ancestor");
	}

	@Test
	void aValueThatAFieldRuleDoesNotFitIsReportedOnTheLink(LocalKafkaBroker broker) throws Exception {
		String bootstrap = broker.bootstrapServers();
		MonitoringService monitoring = new MonitoringService();
		try (Producer<byte[], byte[]> producer = producer(bootstrap, "rules")) {
			monitoring.start(List.of(cluster(bootstrap, "rules", ConflictPolicy.FIELD_RULES)), fromBeginning());
			VersionVector base = VersionVector.of("north-1", 1);
			// a conflict whose values fit both rules ...
			send(producer, topic("rules", "north"), event("fits", "north-1", base, 5));
			send(producer, topic("rules", "north"), event("fits", "north-1", base.increment("north-1"), 7));
			send(producer, topic("rules", "south"), event("fits", "south-1", base.increment("south-1"), 9));
			// ... and one where the south region wrote the counter as text
			ObjectNode text = JsonNodeFactory.instance.objectNode().put("onHand", "many");
			text.putArray("tags").add("red");
			send(producer, topic("rules", "north"), event("misfit", "north-1", base, 5));
			send(producer, topic("rules", "north"), event("misfit", "north-1", base.increment("north-1"), 6));
			send(producer, topic("rules", "south"), new ChangeEvent(UUID.randomUUID(), "misfit", Operation.UPSERT,
					Payload.of(text), "south-1", base.increment("south-1"), System.currentTimeMillis()));
			Await.until("both conflicts to be detected", TIMEOUT, () -> monitoring.latest().link("north-to-south")
					.map(link -> link.detector().conflictsOpened() == 2).orElse(false));
			Await.until("the misfit to be reported", TIMEOUT, () -> !misfits(monitoring).isEmpty());
			List<String> misfits = misfits(monitoring);
			assertEquals(1, misfits.size(), misfits.toString());
			assertTrue(misfits.get(0).contains("onHand COUNTER") && misfits.get(0).contains("\"many\" is not a number")
					&& misfits.get(0).contains("misfit, written at south-1"), misfits.get(0));
		} finally {
			monitoring.stop();
		}
	}

	private static List<String> misfits(MonitoringService monitoring) {
		return monitoring.latest().link("north-to-south").map(LinkSnapshot::ruleMisfits).orElse(List.of());
	}

	private static long checked(MonitoringService monitoring) {
		return monitoring.latest().link("north-to-south").map(link -> link.detector().events()).orElse(0L);
	}

	/** A producer to the two change logs of {@code name}, created here. */
	private static Producer<byte[], byte[]> producer(String bootstrap, String name) throws Exception {
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic(name, "north"), 1, (short) 1),
					new NewTopic(topic(name, "south"), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
		return KafkaClients.bytesProducer(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

	private static String topic(String name, String region) {
		return name + "." + region + ".changes";
	}

	private static MonitorSettings fromBeginning() {
		return MonitorSettings.defaults().fromBeginning().withMonitorGroup("syncscope.capture-test." + UUID.randomUUID());
	}

	private void send(Producer<byte[], byte[]> producer, String topic, ChangeEvent event) throws Exception {
		producer.send(new ProducerRecord<>(topic, event.key().getBytes(StandardCharsets.UTF_8), codec.encode(event)))
				.get(30, TimeUnit.SECONDS);
	}

	private static ChangeEvent event(String key, String origin, VersionVector version, long onHand) {
		ObjectNode payload = JsonNodeFactory.instance.objectNode().put("onHand", onHand);
		payload.putArray("tags").add(origin);
		return new ChangeEvent(UUID.randomUUID(), key, Operation.UPSERT, Payload.of(payload), origin, version,
				System.currentTimeMillis());
	}

	private static ClusterSpec cluster(String bootstrap, String name, ConflictPolicy policy) {
		LinkSpec link = new LinkSpec("north-to-south", "north to south", "north", "south", topic(name, "north"),
				"applier.south.from.north", Set.of(topic(name, "south")), LagSettings.DEFAULT, policy, List.of(),
				"north-1", "south-1", Optional.empty(), Duration.ZERO, policy == ConflictPolicy.FIELD_RULES ? RULES
						: List.of());
		return new ClusterSpec(name, name, bootstrap, Map.of(), List.of(link));
	}

	/** Keeps what monitoring captures. */
	private record Captured(List<CapturedConflict> captured) implements ConflictCaptureListener {
		@Override
		public void captured(CapturedConflict conflict) {
			captured.add(conflict);
		}

		@Override
		public void closed(LinkSpec link, Conflict conflict, ChangeEvent event) {
			// not asked here
		}

		@Override
		public void resolutionSeen(LinkSpec link, ChangeEvent event) {
			// not asked here
		}
	}
}
