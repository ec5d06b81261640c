package org.syncscope.kafka.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.KafkaClients;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.kafka.monitor.CapturedConflict;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.ConflictCaptureListener;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.MonitorSettings;
import org.syncscope.kafka.monitor.MonitoringService;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The common ancestor of a conflict is captured even when the logs are read out of the order they were
 * written in, as after a restart from committed positions: one region's write is read before the write it
 * followed, which arrives late on the other region's log, and the concurrent write that follows still gets
 * that write as its ancestor (three-way merges such as field rules need it).
 */
@ExtendWith(KafkaBrokerExtension.class)
class AncestorCaptureTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String NORTH = "ancestor.north.changes";
	private static final String SOUTH = "ancestor.south.changes";
	private static final String KEY = "stock-1";

	private final EventCodec codec = new EventCodec();

	@Test
	void aWriteReadAfterItsSuccessorIsStillTheAncestorOfTheConflictThatFollows(LocalKafkaBroker broker)
			throws Exception {
		String bootstrap = broker.bootstrapServers();
		List<CapturedConflict> captured = new CopyOnWriteArrayList<>();
		MonitoringService monitoring = new MonitoringService();
		monitoring.addCaptureListener(new Captured(captured));
		ChangeEvent created = event("north-1", VersionVector.of("north-1", 1), 5);
		ChangeEvent southFromCreated = event("south-1", VersionVector.of("north-1", 1, "south-1", 1), 8);
		ChangeEvent northFromCreated = event("north-1", VersionVector.of("north-1", 2), 3);
		try (Admin admin = KafkaClients.admin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
				Producer<byte[], byte[]> producer = KafkaClients.bytesProducer(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(NORTH, 1, (short) 1), new NewTopic(SOUTH, 1, (short) 1))).all()
					.get(30, TimeUnit.SECONDS);
			monitoring.start(List.of(cluster(bootstrap)), MonitorSettings.defaults().fromBeginning()
					.withMonitorGroup("syncscope.ancestor-test." + UUID.randomUUID()));
			// the south write that followed the creation is read first ...
			send(producer, SOUTH, southFromCreated);
			Await.until("the south write to be checked", TIMEOUT, () -> checked(monitoring) == 1);
			// ... then the creation itself, late, and north's own write from it
			send(producer, NORTH, created);
			send(producer, NORTH, northFromCreated);
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

	private static long checked(MonitoringService monitoring) {
		return monitoring.latest().link("north-to-south").map(link -> link.detector().events()).orElse(0L);
	}

	private void send(Producer<byte[], byte[]> producer, String topic, ChangeEvent event) throws Exception {
		producer.send(new ProducerRecord<>(topic, KEY.getBytes(StandardCharsets.UTF_8), codec.encode(event)))
				.get(30, TimeUnit.SECONDS);
	}

	private static ChangeEvent event(String origin, VersionVector version, long onHand) {
		return new ChangeEvent(UUID.randomUUID(), KEY, Operation.UPSERT,
				Payload.of(JsonNodeFactory.instance.objectNode().put("onHand", onHand)), origin, version,
				System.currentTimeMillis());
	}

	private static ClusterSpec cluster(String bootstrap) {
		LinkSpec link = new LinkSpec("north-to-south", "north to south", "north", "south", NORTH,
				"applier.south.from.north", Set.of(SOUTH), LagSettings.DEFAULT, ConflictPolicy.MANUAL, List.of(),
				"north-1", "south-1");
		return new ClusterSpec("ancestor", "ancestor", bootstrap, Map.of(), List.of(link));
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
