package org.syncscope.core.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.syncscope.core.lag.GroupState;
import org.syncscope.core.lag.LagEvaluator;
import org.syncscope.core.lag.LagSettings;
import org.syncscope.core.lag.LagText;
import org.syncscope.core.lag.LinkInput;
import org.syncscope.core.lag.LinkLag;
import org.syncscope.core.lag.Ownership;
import org.syncscope.core.lag.StatusRule;
import org.syncscope.core.lag.TimeLagSource;

/** The words every view shows: the threshold that fired or the status, a marked estimate, the rule. */
class LagTextTest {

	private static final long NOW = 100_000;
	private static final LagSettings SETTINGS = new LagSettings(10, 60, 30);

	private static LinkLag link(OptionalLong recordTimestamp, GroupState state) {
		Polls polls = Polls.everySecond(0, NOW, t -> 10_000 + 100 * (t / 1000), t -> 9_000 + 100 * (t / 1000));
		return new LagEvaluator(SETTINGS, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC))
				.evaluate(new LinkInput("l", state, List.of(polls.input(0, recordTimestamp, Ownership.OWNED)),
						OptionalLong.empty()));
	}

	@Test
	void aThresholdThatFiredIsNamedInsteadOfAnOkStatus() {
		LinkLag warning = link(OptionalLong.of(NOW - 20_000), GroupState.STABLE);
		assertEquals("LAG ≥ 10 s", LagText.status(warning, SETTINGS));
		assertTrue(LagText.statusExplanation(warning, SETTINGS).startsWith("Lag in seconds at or above the link's "
				+ "warning threshold of 10 s."), LagText.statusExplanation(warning, SETTINGS));
		LinkLag critical = link(OptionalLong.of(NOW - 61_000), GroupState.STABLE);
		assertEquals("LAG ≥ 60 s", LagText.status(critical, SETTINGS));
		LinkLag calm = link(OptionalLong.of(NOW - 5_000), GroupState.STABLE);
		assertEquals("OK", LagText.status(calm, SETTINGS));
		assertEquals(StatusRule.PROGRESSING.description() + ".", LagText.statusExplanation(calm, SETTINGS));
	}

	@Test
	void anUnreachableLinkIsDown() {
		LinkLag down = link(OptionalLong.empty(), GroupState.UNREACHABLE);
		assertEquals("DOWN", LagText.status(down, SETTINGS));
		assertEquals(LagText.UNKNOWN, LagText.timeLag(down));
	}

	@Test
	void estimatesAreMarked() {
		LinkLag measured = link(OptionalLong.of(NOW - 5_000), GroupState.STABLE);
		assertEquals("5.0", LagText.timeLag(measured));
		LinkLag interpolated = link(OptionalLong.empty(), GroupState.STABLE);
		assertEquals(TimeLagSource.INTERPOLATED, interpolated.timeLagSource());
		assertEquals("≈ 10.0", LagText.timeLag(interpolated));
		assertEquals("1,280", LagText.seconds(Duration.ofMillis(1_280_400)));
	}
}
