package org.syncscope.resolution.tests;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.vv.VersionVector;
import org.syncscope.kafka.monitor.CapturedConflict;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.resolution.ConflictState;
import org.syncscope.resolution.LinkDirectory;
import org.syncscope.resolution.ResolutionService;
import org.syncscope.resolution.StoredConflict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Hand-made links, events and conflicts for the service tests (and the crashing child JVM). */
final class Fixtures {

	static final ObjectMapper JSON = new ObjectMapper();

	private Fixtures() {
	}

	static LinkSpec link(String id, String topic, String targetTopic, ConflictPolicy policy) {
		return new LinkSpec(id, id + " link", "db-a", "db-b", topic, id + ".applier",
				targetTopic == null ? Set.of() : Set.of(targetTopic), LagSettings.DEFAULT, policy,
				List.of("customer.email"), "a-1", "b-1");
	}

	static LinkDirectory directory(LinkSpec link, String clusterId) {
		return id -> id.equals(link.id()) ? Optional.of(new LinkDirectory.LinkTarget(link, clusterId))
				: Optional.empty();
	}

	/** The service's pending conflicts, for waits that cannot throw. */
	static List<StoredConflict> pending(ResolutionService service) {
		try {
			return service.pending();
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
	}

	/** The state of stored conflict {@code id}, for waits that cannot throw. */
	static ConflictState state(ResolutionService service, long id) {
		try {
			return service.conflict(id).orElseThrow().state();
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
	}

	static ObjectNode json(String text) {
		try {
			return (ObjectNode) JSON.readTree(text);
		} catch (Exception e) {
			throw new IllegalArgumentException(text, e);
		}
	}

	static ChangeEvent event(String key, String origin, long timestamp, String payload, Object... vector) {
		return new ChangeEvent(UUID.nameUUIDFromBytes((key + origin + timestamp + payload).getBytes()), key,
				Operation.UPSERT, Payload.of(json(payload)), origin, VersionVector.of(vector), timestamp);
	}

	/** The ancestor and two concurrent edits of order {@code key}: a-1 changes status, b-1 the amount. */
	static List<ChangeEvent> disjointEdits(String key) {
		ChangeEvent base = event(key, "a-1", 1_000, "{\"status\":\"NEW\",\"amount\":10,"
				+ "\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"}}", "a-1", 1);
		ChangeEvent left = event(key, "a-1", 2_000, "{\"status\":\"PAID\",\"amount\":10,"
				+ "\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"}}", "a-1", 2);
		ChangeEvent right = event(key, "b-1", 3_000, "{\"status\":\"NEW\",\"amount\":12,"
				+ "\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"}}", "a-1", 1, "b-1", 1);
		return List.of(base, left, right);
	}

	/** A capture of {@code siblings} on {@code link}, as a change-log reader would report it. */
	static CapturedConflict captured(LinkSpec link, List<ChangeEvent> siblings, Optional<ChangeEvent> ancestor) {
		Conflict conflict = new Conflict(link.id(), siblings.get(0).key(),
				siblings.stream().map(Version::of).toList(), Instant.ofEpochMilli(5_000));
		return new CapturedConflict(link, conflict, siblings, ancestor);
	}
}
