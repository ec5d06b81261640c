package org.syncscope.kafka.monitor;

import java.util.List;
import java.util.Optional;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.rate.Rate;

/**
 * Everything known about one link at one moment, immutable: lag (absent before the first poll), incoming
 * throughput, the detector's counters and open conflicts, and how many of its records were quarantined.
 */
public record LinkSnapshot(LinkSpec link, String clusterId, Optional<LinkLag> lag, Rate throughput,
		DetectorStats detector, List<Conflict> openConflicts, long quarantined) {

	public LinkSnapshot {
		openConflicts = List.copyOf(openConflicts);
	}
}
