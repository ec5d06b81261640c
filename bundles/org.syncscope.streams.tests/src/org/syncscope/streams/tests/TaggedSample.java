package org.syncscope.streams.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.TopologyFile;
import org.syncscope.testing.kafka.SampleTopology;

/**
 * The sample topology with its three regions renamed {@code <region>-<tag>}, so that a test's change logs
 * ({@code sync.<region>-<tag>.changes}) hold only what its own simulator wrote on the bundle's shared broker.
 */
record TaggedSample(Path file, List<String> regions) {

	private static final List<String> SAMPLE_REGIONS = List.of("eu-west", "us-east", "ap-south");

	/** The sample, pointed at {@code bootstrap}, its regions tagged, saved in {@code folder}. */
	static TaggedSample write(Path folder, String bootstrap, String tag) throws Exception {
		Path file = SampleTopology.savedIn(folder, bootstrap);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		for (String region : SAMPLE_REGIONS) {
			text = text.replace("sync." + region + ".", "sync." + region + "-" + tag + ".");
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return new TaggedSample(file, SAMPLE_REGIONS.stream().map(region -> region + "-" + tag).toList());
	}

	/** The cluster the file describes, as the detector command reads it. */
	ClusterSpec cluster() {
		return TopologyFile.clusters(TopologyFile.load(file), Map.of()).get(0);
	}
}
