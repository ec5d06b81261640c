package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.CredentialResolver;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.TopologySpecs;
import org.syncscope.store.history.MetricSample;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.dashboard.ChartData;
import org.syncscope.ui.dashboard.ChartDatasets;
import org.syncscope.ui.dashboard.DashboardCharts.Threshold;

/** What the dashboard's charts draw is exactly the stored samples; its threshold markers come from the model. */
class ChartDataTest {

	private static final long T0 = 1_800_000_000_000L;

	@Test
	void chartSeriesAreTheSamplesOfEachLink() {
		Map<String, List<MetricSample>> samples = new LinkedHashMap<>();
		samples.put("eu-west to us-east", samples("a", 90));
		samples.put("us-east to eu-west", samples("b", 30));

		ChartDatasets datasets = ChartDatasets.of(samples);

		assertEquals(2, datasets.lagSeconds().getSeriesCount());
		XYSeries lag = datasets.lagSeconds().getSeries(0);
		XYSeries events = datasets.lagEvents().getSeries(0);
		XYSeries rate = datasets.throughput().getSeries(0);
		assertEquals("eu-west to us-east", lag.getKey());
		assertEquals(90, lag.getItemCount());
		for (int i = 0; i < 90; i++) {
			MetricSample sample = samples.get("eu-west to us-east").get(i);
			assertEquals(sample.timeMillis(), lag.getX(i).longValue());
			assertEquals(sample.timeLagMillis() / 1000.0, lag.getY(i).doubleValue(), 1e-9);
			assertEquals(sample.offsetLag(), events.getY(i).longValue());
			assertEquals(sample.eventsPerSecond(), rate.getY(i).doubleValue(), 1e-9);
		}
		assertEquals(30, datasets.lagSeconds().getSeries(1).getItemCount());
	}

	@Test
	void aSourcesSlotLagIsASeriesInBytesWithGapsWhereItWasNotRead() {
		List<MetricSample> cdc = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long slotLag = i == 5 ? MetricSample.UNKNOWN : 1_000L * i;
			cdc.add(new MetricSample("c", T0 + i * 1_000L, "OK", 0, 0, 1, 1, 0, 0, 0, false, slotLag));
		}
		Map<String, List<MetricSample>> samples = new LinkedHashMap<>();
		samples.put("eu to us", cdc);
		samples.put("simulated", samples("a", 10));

		ChartDatasets datasets = ChartDatasets.of(samples);

		assertEquals(1, datasets.slotLagBytes().getSeriesCount(), "only the link whose source has a slot");
		XYSeries slot = datasets.slotLagBytes().getSeries(0);
		assertEquals("eu to us", slot.getKey());
		List<Number> drawn = new ArrayList<>();
		for (int i = 0; i < slot.getItemCount(); i++) {
			drawn.add(slot.getY(i));
		}
		List<Number> expected = new ArrayList<>(List.of(0.0, 1_000.0, 2_000.0, 3_000.0, 4_000.0));
		expected.add(null);
		expected.addAll(List.of(6_000.0, 7_000.0, 8_000.0, 9_000.0));
		assertEquals(expected, drawn.stream().map(y -> y == null ? null : y.doubleValue()).toList(),
				"a gap where the slot lag was not read, not a line across");
	}

	@Test
	void thinnedSeriesKeepEveryBucketsPeakAndDip() {
		List<MetricSample> samples = samples("a", 3_600);
		int spike = 1_234;
		MetricSample at = samples.get(spike);
		samples.set(spike, new MetricSample("a", at.timeMillis(), "WARNING", at.offsetLag(), 900_000, 40, 4_000,
				at.conflictsDetected(), at.conflictsClosed(), 3));

		XYSeries thinned = ChartDatasets.of(Map.of("link", samples), 600).lagSeconds().getSeries(0);

		assertTrue(thinned.getItemCount() <= 600, thinned.getItemCount() + " points");
		assertEquals(900.0, thinned.getMaxY(), 1e-9, "the spike survives");
		assertEquals(0.0, thinned.getMinY(), 1e-9, "the lowest point survives");
		for (int i = 1; i < thinned.getItemCount(); i++) {
			assertTrue(thinned.getX(i).doubleValue() > thinned.getX(i - 1).doubleValue(), "time order");
		}
	}

	@Test
	void conflictsPerMinuteAreTheGrowthOfTheCountsOverTheLastMinute() {
		ChartDatasets datasets = ChartDatasets.of(Map.of("link", samples("a", 120)));

		XYSeries detected = datasets.conflictsPerMinute().getSeries(0);
		// two conflicts detected per second: 120 a minute once a full minute lies behind
		assertEquals(120.0, detected.getY(detected.getItemCount() - 1).doubleValue(), 1e-9);
	}

	@Test
	void aRestartOfMonitoringIsNoFallInConflictsPerMinute() {
		List<MetricSample> samples = samples("a", 120);
		// monitoring restarted after 60 s: the detectors count from zero again, still two conflicts a second
		for (int i = 60; i < 120; i++) {
			MetricSample at = samples.get(i);
			samples.set(i, new MetricSample("a", at.timeMillis(), "OK", at.offsetLag(), at.timeLagMillis(),
					at.eventsPerSecond(), at.bytesPerSecond(), 2L * (i - 60), i - 60, 3));
		}

		XYSeries detected = ChartDatasets.of(Map.of("link", samples)).conflictsPerMinute().getSeries(0);

		assertTrue(detected.getMinY() >= 0, "no negative rate: " + detected.getMinY());
		assertEquals(118.0, detected.getY(detected.getItemCount() - 1).doubleValue(), 1e-9,
				"the minute over the restart: 59 seconds of two conflicts, the restart's first sample counts none");
	}

	@Test
	void thresholdMarkersAreTheLinksThresholdsFromTheTopology() throws Exception {
		ResourceSet resources = TopologyResources.newResourceSet();
		Topology sample = (Topology) resources.getResource(TopologyResources.threeRegionSample(), true).getContents()
				.get(0);
		sample.getLinks().get(0).setLagWarningSeconds(30);
		sample.getLinks().get(0).setLagCriticalSeconds(120);
		List<LinkSpec> links = new ArrayList<>();
		for (ClusterSpec cluster : TopologySpecs.of(sample, CredentialResolver.NONE)) {
			links.addAll(cluster.links());
		}

		List<Threshold> markers = ChartData.thresholds(links);

		Set<Threshold> expected = new HashSet<>();
		for (SyncLink link : sample.getLinks()) {
			if (link.getLagWarningSeconds() > 0) {
				expected.add(new Threshold(link.getLagWarningSeconds(), "warning " + link.getLagWarningSeconds() + " s", false));
			}
			if (link.getLagCriticalSeconds() > 0) {
				expected.add(new Threshold(link.getLagCriticalSeconds(), "critical " + link.getLagCriticalSeconds() + " s",
						true));
			}
		}
		assertTrue(expected.contains(new Threshold(30, "warning 30 s", false)), "the edited link's warning");
		assertEquals(expected, new HashSet<>(markers), "every threshold of the model");
		assertEquals(expected.size(), markers.size(), "each value once");
	}

	private static List<MetricSample> samples(String link, int count) {
		List<MetricSample> samples = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			samples.add(new MetricSample(link, T0 + i * 1_000L, "OK", i * 3L, i * 250L, 40 + i % 7, 4_000, 2L * i, i,
					3));
		}
		return samples;
	}
}
