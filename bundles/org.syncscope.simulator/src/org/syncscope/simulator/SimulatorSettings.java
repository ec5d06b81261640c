package org.syncscope.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the simulator does: which replicas write a shared keyspace, how fast, how often two replicas write the
 * same key concurrently, and how the appliers between them lag (a rate limit and periodic pauses). Topic and
 * group names follow the sample topology: {@code sync.<region>.changes} and
 * {@code applier.<target>.from.<source>}.
 */
public record SimulatorSettings(List<String> regions, int keys, double eventsPerSecondPerReplica,
		double concurrentWriteProbability, double pseudoConflictShare, double applierEventsPerSecond,
		Duration applierPauseEvery, Duration applierPauseFor, Duration conflictCooldown, int partitions, long seed) {

	/**
	 * The share of concurrent pairs (pseudo-conflicts aside) in which both regions change the same fields, so
	 * that no merge of disjoint fields can resolve them: the conflicts that wait for a person.
	 */
	public static final double OVERLAPPING_SHARE = 0.5;

	/**
	 * The demo: three regions, 10k keys, four writes in a thousand concurrent (at most about eight conflicts a
	 * minute between each pair of regions, once most keys exist), appliers that stall now and then.
	 */
	public static final SimulatorSettings DEMO = new SimulatorSettings(List.of("eu-west", "us-east", "ap-south"),
			10_000, 40, 0.004, 0.2, 60, Duration.ofSeconds(40), Duration.ofSeconds(20), Duration.ofSeconds(20), 3,
			20261126L);

	public SimulatorSettings {
		regions = List.copyOf(regions);
		Objects.requireNonNull(applierPauseEvery, "applierPauseEvery");
		Objects.requireNonNull(applierPauseFor, "applierPauseFor");
		Objects.requireNonNull(conflictCooldown, "conflictCooldown");
		if (regions.size() < 2) {
			throw new IllegalArgumentException("At least two replicas are needed to replicate: " + regions);
		}
		if (keys < 1 || partitions < 1 || eventsPerSecondPerReplica <= 0) {
			throw new IllegalArgumentException("keys, partitions and the write rate must be positive");
		}
		if (concurrentWriteProbability < 0 || concurrentWriteProbability > 1 || pseudoConflictShare < 0
				|| pseudoConflictShare > 1) {
			throw new IllegalArgumentException("Probabilities must lie in [0, 1]");
		}
	}

	/** The change-log topic a region writes. */
	public static String topicOf(String region) {
		return "sync." + region + ".changes";
	}

	/** The consumer group that applies {@code source}'s changes to {@code target}. */
	public static String applierGroup(String source, String target) {
		return "applier." + target + ".from." + source;
	}

	/** The replica id a region's events carry as origin. */
	public static String replicaOf(String region) {
		return region + "-1";
	}

	/** The same settings with another write rate. */
	public SimulatorSettings withRate(double perReplica) {
		return new SimulatorSettings(regions, keys, perReplica, concurrentWriteProbability, pseudoConflictShare,
				applierEventsPerSecond, applierPauseEvery, applierPauseFor, conflictCooldown, partitions, seed);
	}

	/** The same settings with appliers that never pause and apply as fast as they can (rate 0). */
	public SimulatorSettings withSteadyAppliers() {
		return new SimulatorSettings(regions, keys, eventsPerSecondPerReplica, concurrentWriteProbability,
				pseudoConflictShare, 0, Duration.ZERO, Duration.ZERO, conflictCooldown, partitions, seed);
	}
}
