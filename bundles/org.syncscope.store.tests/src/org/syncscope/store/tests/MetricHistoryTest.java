package org.syncscope.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.history.MetricHistory;
import org.syncscope.store.history.MetricSample;
import org.syncscope.store.history.Resolution;
import org.syncscope.testing.TestOutput;

/** Metric history in Derby: per-second samples, their per-minute roll-up, retention, reads by window. */
class MetricHistoryTest {

	private static final long MINUTE = 60_000;
	private static final long BASE = 1_800_000_000_000L / MINUTE * MINUTE;

	private SyncScopeStore store;
	private MetricHistory history;

	@BeforeEach
	void openStore() throws Exception {
		store = SyncScopeStore.open(TestOutput.scratchFolder("history-").resolve("db"));
		history = new MetricHistory(store);
	}

	@AfterEach
	void closeStore() throws Exception {
		store.close();
	}

	@Test
	void perSecondSamplesAreReadBackInOrderForTheirWindow() throws Exception {
		history.append(seconds("eu-to-us", BASE, 150));
		history.append(seconds("us-to-eu", BASE, 150));

		List<MetricSample> read = history.read("eu-to-us", BASE + 10_000, BASE + 19_000, Resolution.SECOND);

		assertEquals(10, read.size());
		assertEquals(BASE + 10_000, read.get(0).timeMillis());
		assertEquals(BASE + 19_000, read.get(9).timeMillis());
		assertEquals(10 * 7, read.get(0).offsetLag());
		read.forEach(sample -> assertEquals("eu-to-us", sample.linkId()));
	}

	@Test
	void completeMinutesRollUpIntoAveragesMaximaAndTheWorstStatus() throws Exception {
		List<MetricSample> samples = seconds("eu-to-us", BASE, 150);
		samples.set(30, withStatus(samples.get(30), "STALLED"));
		history.append(samples);

		history.downsample(BASE + 150_000);
		history.downsample(BASE + 150_000);

		List<MetricSample> minutes = history.read("eu-to-us", BASE, BASE + 10 * MINUTE, Resolution.MINUTE);
		assertEquals(2, minutes.size(), "two complete minutes, rolled up once");
		MetricSample first = minutes.get(0);
		assertEquals(BASE, first.timeMillis());
		assertEquals("STALLED", first.status());
		assertEquals(59 * 7, first.offsetLag(), "maximum lag of the minute");
		assertEquals(29.5, first.eventsPerSecond(), 1e-9, "average rate of seconds 0..59");
		assertEquals(59, first.conflictsDetected(), "last cumulative count of the minute");
		assertEquals("OK", minutes.get(1).status());
	}

	@Test
	void slotLagIsKeptPerSecondAndAtItsMaximumPerMinute() throws Exception {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			long slotLag = i == 0 ? MetricSample.UNKNOWN : i % 60 * 1_000L;
			samples.add(new MetricSample("eu-to-us", BASE + i * 1_000L, "OK", 0, 0, 1, 1, 0, 0, 0, false, slotLag));
		}
		history.append(samples);
		history.append(seconds("us-to-eu", BASE, 120));

		List<MetricSample> read = history.read("eu-to-us", BASE, BASE + 2_000, Resolution.SECOND);
		assertEquals(List.of(MetricSample.UNKNOWN, 1_000L, 2_000L), read.stream().map(MetricSample::slotLagBytes)
				.toList(), "an unknown slot lag stays unknown");

		history.downsample(BASE + 120_000);
		assertEquals(List.of(59_000L, 59_000L), history.read("eu-to-us", BASE, BASE + 2 * MINUTE, Resolution.MINUTE)
				.stream().map(MetricSample::slotLagBytes).toList());
		assertEquals(List.of(MetricSample.UNKNOWN, MetricSample.UNKNOWN), history.read("us-to-eu", BASE,
				BASE + 2 * MINUTE, Resolution.MINUTE).stream().map(MetricSample::slotLagBytes).toList(),
				"a link without a slot has none in its minutes");
	}

	@Test
	void eachResolutionIsPrunedAfterItsRetention() throws Exception {
		history.append(seconds("eu-to-us", BASE, 120));
		long twoHoursLater = BASE + Duration.ofHours(2).toMillis();

		history.downsample(twoHoursLater);

		assertEquals(0, history.read("eu-to-us", BASE, twoHoursLater, Resolution.SECOND).size(),
				"per-second samples older than an hour are gone");
		assertEquals(2, history.read("eu-to-us", BASE, twoHoursLater, Resolution.MINUTE).size(),
				"their minutes are kept");

		history.downsample(BASE + Duration.ofDays(31).toMillis());
		assertEquals(0, history.read("eu-to-us", BASE, twoHoursLater, Resolution.MINUTE).size(),
				"minutes older than thirty days are gone");
	}

	@Test
	void aWindowIsReadAtTheFinestResolutionThatCoversIt() {
		assertEquals(Resolution.SECOND, Resolution.covering(BASE - Duration.ofMinutes(5).toMillis(), BASE));
		assertEquals(Resolution.SECOND, Resolution.covering(BASE - Duration.ofHours(1).toMillis(), BASE));
		assertEquals(Resolution.MINUTE, Resolution.covering(BASE - Duration.ofHours(24).toMillis(), BASE));
	}

	private static List<MetricSample> seconds(String link, long from, int count) {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			samples.add(new MetricSample(link, from + i * 1_000L, "OK", i % 60 * 7L, i % 60 * 100L, i % 60, i * 10.0,
					i, 0, 1));
		}
		return samples;
	}

	private static MetricSample withStatus(MetricSample sample, String status) {
		return new MetricSample(sample.linkId(), sample.timeMillis(), status, sample.offsetLag(),
				sample.timeLagMillis(), sample.eventsPerSecond(), sample.bytesPerSecond(), sample.conflictsDetected(),
				sample.conflictsClosed(), sample.openConflicts());
	}
}
