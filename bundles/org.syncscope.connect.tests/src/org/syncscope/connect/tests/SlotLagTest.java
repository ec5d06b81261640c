package org.syncscope.connect.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.connect.monitor.ConnectClusterSpec;
import org.syncscope.connect.monitor.ConnectClusterSpec.LinkConnectors;
import org.syncscope.connect.monitor.ConnectClusterSpec.SourceDatabase;
import org.syncscope.connect.monitor.ConnectMonitor;
import org.syncscope.connect.rest.ConnectState;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.testing.Await;
import org.syncscope.testing.kafka.KafkaBrokerExtension;

/**
 * The source side on the real pipeline: the replication slot of a paused Debezium source falls behind while its
 * database is written (bytes of WAL, read over JDBC), and catches up once the connector resumes; carried tables
 * without full before-images (or missing) are warned of, an origin-stamped one is not.
 */
@ExtendWith(KafkaBrokerExtension.class)
class SlotLagTest {

	private static final Duration TIMEOUT = TwoRegionPipeline.TIMEOUT;
	private static final long WRITTEN_BYTES = 100_000;

	@Test
	void aPausedSourcesSlotFallsBehindAndCatchesUpAfterItResumes(LocalKafkaBroker broker) throws Exception {
		try (TwoRegionPipeline pipeline = TwoRegionPipeline.start(broker, "east", "west")) {
			String source = TwoRegionPipeline.source("east");
			ConnectMonitor monitor = new ConnectMonitor();
			monitor.start(List.of(new ConnectClusterSpec("connect", "Local Connect", pipeline.worker().restUrl(),
					Optional.empty(), List.of(new LinkConnectors("east-to-west", Optional.of(source),
							Optional.of(TwoRegionPipeline.sink("east", "west")),
							Optional.of(new SourceDatabase(pipeline.region("east").jdbcUrl("shop"),
									Optional.of(LocalPostgres.SUPERUSER), Optional.empty(),
									List.of(TwoRegionPipeline.TABLE, "public.notes", "public.missing"))))))),
					Duration.ofMillis(500), Clock.systemUTC());
			try {
				pipeline.execute("east", "CREATE TABLE notes (id INT PRIMARY KEY, text TEXT)");
				Await.until("the slot's lag to be read", TIMEOUT, () -> slotLag(monitor).isPresent());
				Await.until("the warnings of the carried tables", TIMEOUT,
						() -> monitor.link("east-to-west").orElseThrow().sourceSide().warnings().size() == 2);
				List<String> warnings = monitor.link("east-to-west").orElseThrow().sourceSide().warnings();
				assertTrue(warnings.get(0).startsWith("Table public.notes has REPLICA IDENTITY DEFAULT"), warnings::toString);
				assertTrue(warnings.get(1).startsWith("Table public.missing does not exist"), warnings::toString);

				pipeline.client().pause(source);
				ConnectorProbes.awaitState(pipeline.client(), source, ConnectState.PAUSED, TIMEOUT);
				long before = slotLag(monitor).getAsLong();
				pipeline.execute("east", "INSERT INTO customers (id, name) SELECT n, repeat('x', 500) FROM "
						+ "generate_series(1000, 1199) AS n");
				Await.until("the paused source's slot to fall " + WRITTEN_BYTES + " bytes behind (was " + before
						+ ")", TIMEOUT, () -> slotLag(monitor).orElse(0) >= before + WRITTEN_BYTES);
				long behind = slotLag(monitor).getAsLong();

				pipeline.client().resume(source);
				Await.until("the slot to catch up after the source resumed (was " + behind + " bytes behind)", TIMEOUT,
						() -> slotLag(monitor).orElse(Long.MAX_VALUE) < behind - WRITTEN_BYTES);
				assertTrue(monitor.link("east-to-west").orElseThrow().sourceSide().problem().isEmpty());
			} finally {
				monitor.stop();
			}
		}
	}

	private static OptionalLong slotLag(ConnectMonitor monitor) {
		return monitor.link("east-to-west").map(state -> state.sourceSide().slotLagBytes()).orElse(OptionalLong.empty());
	}
}
