package org.syncscope.kafka.monitor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.syncscope.core.cdc.CdcConflict;
import org.syncscope.core.cdc.RegionalChange;
import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.Version;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;
import org.syncscope.core.vv.VersionVector;

/**
 * A conflict of Debezium events in the form the store and the console already know: the rows as payloads
 * (columns as fields), the regions as origins, and version vectors that say what the before-images said: the
 * ancestor {@code {o:1}} (o: the base row's origin), each region's change its increment, so the siblings are
 * concurrent and both descend from the ancestor. Event ids are derived from the row, region and source
 * position, so the same conflict seen again is the same conflict.
 */
final class CdcConflicts {

	private CdcConflicts() {
	}

	static CapturedConflict capture(LinkSpec link, CdcSettings settings, CdcConflict conflict, Instant detectedAt) {
		String ancestorOrigin = Optional.ofNullable(conflict.ancestor().get(settings.originColumn()))
				.map(origin -> origin.asText()).filter(origin -> !origin.isBlank()).orElse("base");
		VersionVector base = VersionVector.of(ancestorOrigin, 1L);
		List<ChangeEvent> siblings = new ArrayList<>();
		long earliest = Long.MAX_VALUE;
		for (RegionalChange sibling : conflict.siblings()) {
			long committed = sibling.change().source().commitMillis().orElse(detectedAt.toEpochMilli());
			earliest = Math.min(earliest, committed);
			siblings.add(new ChangeEvent(id(conflict.key(), sibling.region(), sibling.change().source().lsn()
					.orElse(committed)), conflict.key(), Operation.UPSERT, Payload.of(sibling.change().after().orElseThrow()),
					sibling.region(), base.increment(sibling.region()), committed));
		}
		ChangeEvent ancestor = new ChangeEvent(id(conflict.key(), "ancestor", earliest), conflict.key(),
				Operation.UPSERT, Payload.of(conflict.ancestor()), ancestorOrigin, base, earliest);
		Conflict detected = new Conflict(link.id(), conflict.key(), siblings.stream().map(Version::of).toList(),
				detectedAt);
		return new CapturedConflict(link, detected, siblings, Optional.of(ancestor));
	}

	private static UUID id(String key, String part, long position) {
		return UUID.nameUUIDFromBytes((key + "|" + part + "|" + position).getBytes(StandardCharsets.UTF_8));
	}
}
