package org.syncscope.kafka.monitor;

import java.util.List;
import java.util.Optional;

import org.syncscope.core.conflict.Conflict;
import org.syncscope.core.conflict.DetectorStats;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.rate.Rate;

/**
 * Everything known about one link at one moment, immutable: lag (absent before the first poll), incoming
 * throughput, the detector's counters and open conflicts, how many of its records were quarantined, and what
 * keeps it from being watched while its cluster answers (a missing ACL), if anything, and the field rules that
 * a value seen in its conflicts does not fit (one line per rule).
 */
public record LinkSnapshot(LinkSpec link, String clusterId, Optional<LinkLag> lag, Rate throughput,
		DetectorStats detector, List<Conflict> openConflicts, long quarantined, Optional<String> problem,
		List<String> ruleMisfits) {

	public LinkSnapshot {
		openConflicts = List.copyOf(openConflicts);
		ruleMisfits = List.copyOf(ruleMisfits);
	}
}
