package org.syncscope.kafka.monitor;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.syncscope.core.conflict.DetectorConfig;

/**
 * How monitoring runs: the poll interval (also how often the links' figures are published), the timeout of
 * each request to a cluster, the backoff while a cluster is down, where the change-log reader starts (the
 * beginning replays the detectors' history; the end watches only what comes), the detectors' memory bound
 * (for each set of links watching the same change logs, shared by the key shards), and the clock.
 */
public record MonitorSettings(Duration pollInterval, Duration requestTimeout, Duration maxBackoff,
		boolean readFromBeginning, String monitorGroup, DetectorConfig detector, Clock clock) {

	/** Most records the change-log reader takes from one poll ({@code max.poll.records}). */
	public static final int READER_MAX_POLL_RECORDS = 2_000;

	public MonitorSettings {
		Objects.requireNonNull(pollInterval, "pollInterval");
		Objects.requireNonNull(requestTimeout, "requestTimeout");
		Objects.requireNonNull(maxBackoff, "maxBackoff");
		Objects.requireNonNull(monitorGroup, "monitorGroup");
		Objects.requireNonNull(detector, "detector");
		Objects.requireNonNull(clock, "clock");
	}

	/** One poll a second, 5 s request timeout, up to 30 s backoff, reading from the end of the change logs. */
	public static MonitorSettings defaults() {
		return new MonitorSettings(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), false,
				"syncscope.monitor." + System.getProperty("user.name", "operator"), DetectorConfig.DEFAULT,
				Clock.systemUTC());
	}

	/** The same settings reading the change logs from their beginning. */
	public MonitorSettings fromBeginning() {
		return new MonitorSettings(pollInterval, requestTimeout, maxBackoff, true, monitorGroup, detector, clock);
	}

	/** The same settings with the change-log reader in consumer group {@code group}. */
	public MonitorSettings withMonitorGroup(String group) {
		return new MonitorSettings(pollInterval, requestTimeout, maxBackoff, readFromBeginning, group, detector, clock);
	}
}
