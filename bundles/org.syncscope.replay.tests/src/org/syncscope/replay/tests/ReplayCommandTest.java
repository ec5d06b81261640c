package org.syncscope.replay.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.replay.ReplayJob;
import org.syncscope.replay.ReplayJobs;
import org.syncscope.replay.ReplayState;
import org.syncscope.replay.cli.ReplayCommand;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.kafka.KafkaBrokerExtension;
import org.syncscope.testing.kafka.SampleTopology;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/** The headless entry: the command replays a link of a topology file with the same checks and audit. */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayCommandTest {

	private static final String SOURCE = "sync.eu-west.changes";
	private static final String TARGET = "sync.eu-west.replay";

	@Test
	void dryRunReplayAndRefusalFromTheCommandLine(LocalKafkaBroker broker) throws Exception {
		ReplayFixture fixture = new ReplayFixture(broker);
		fixture.createTopics(3, SOURCE, TARGET);
		fixture.produce(SOURCE, 3, 40, System.currentTimeMillis() - 60_000);
		Path folder = TestOutput.scratchFolder("replay-cli-");
		Path topology = SampleTopology.savedIn(folder, broker.bootstrapServers());
		Path store = folder.resolve("store");
		String[] common = { "--topology", topology.toString(), "--link", "eu-west to us-east", "--store",
				store.toString(), "--reason", "us-east missed a window", "--operator", "ci" };

		Run dryRun = run(common, "--offsets", "0:5-15,2:0-3", "--target", TARGET, "--dry-run");
		assertEquals(ReplayCommand.OK, dryRun.exit, dryRun.err);
		assertTrue(dryRun.out.contains("partition 0: offsets 5-15, 10 events to replay"), dryRun.out);
		assertTrue(dryRun.out.contains("total: 13 events to replay"), dryRun.out);
		assertTrue(dryRun.out.contains("\"email\":\"***\""), "preview masked: " + dryRun.out);
		assertFalse(dryRun.out.contains("@example.org"), dryRun.out);
		assertEquals(0, fixture.readAll(TARGET, "read_uncommitted").size(), "a dry run writes nothing");

		Run replay = run(common, "--offsets", "0:5-15,2:0-3", "--target", TARGET, "--batch-size", "4");
		assertEquals(ReplayCommand.OK, replay.exit, replay.err + replay.out);
		assertTrue(replay.out.contains("completed: 13 of 13 events"), replay.out);
		assertTrue(replay.out.contains("12 / 13 events"), "progress per batch: " + replay.out);
		assertEquals(13, fixture.readAll(TARGET, "read_committed").size());

		Run refused = run(common, "--offsets", "1:0-500", "--target", TARGET);
		assertEquals(ReplayCommand.REFUSED, refused.exit);
		assertTrue(refused.err.contains("beyond the end of the log: the next offset to be written is 40"), refused.err);
		Run notAllowed = run(common, "--offsets", "1:0-5", "--target", "sync.us-east.changes");
		assertEquals(ReplayCommand.REFUSED, notAllowed.exit);
		assertTrue(notAllowed.err.contains("not an allowed replay target"), notAllowed.err);

		try (SyncScopeStore opened = SyncScopeStore.open(store)) {
			List<ReplayJob> jobs = new ReplayJobs(opened).recent(10);
			assertEquals(1, jobs.size(), "one replay recorded; dry runs and refusals are not jobs");
			assertEquals(ReplayState.COMPLETED, jobs.get(0).state());
			assertEquals("ci", jobs.get(0).operator());
			assertEquals("eu-west-to-us-east", jobs.get(0).linkId());
		}
	}

	@Test
	void refusesBeforeWritingWhileAWorkbenchHasTheStoreOpen() throws Exception {
		Path folder = TestOutput.scratchFolder("replay-cli-locked-");
		Path topology = SampleTopology.savedIn(folder, "127.0.0.1:9");
		Path store = SyncScopeStore.inWorkspace(folder);
		String[] common = { "--topology", topology.toString(), "--link", "eu-west to us-east", "--store",
				store.toString(), "--reason", "us-east missed a window" };

		Run refused;
		try (DerbyInAnotherProcess workbench = DerbyInAnotherProcess.holding(store)) {
			refused = run(common, "--offsets", "0:0-10", "--target", TARGET);
		}
		assertEquals(ReplayCommand.REFUSED, refused.exit, refused.out);
		assertTrue(refused.err.contains("is in use by another process (a running SyncScope workbench on this "
				+ "workspace?)") && refused.err.contains("Nothing was written"), refused.err);
		try (SyncScopeStore opened = SyncScopeStore.open(store)) {
			assertEquals(List.of(), new ReplayJobs(opened).recent(10), "no replay recorded");
		}
	}

	@Test
	void connectsWithTheWorkbenchsCredentialsFromSecureStorage() throws Exception {
		Path folder = TestOutput.scratchFolder("replay-cli-credentials-");
		Path topology = SampleTopology.savedIn(folder, "127.0.0.1:9");
		Topology model = TopologyResources.load(TopologyResources.newResourceSet(), topology);
		model.getLinks().stream().filter(link -> "eu-west-to-us-east".equals(link.getId())).findFirst().orElseThrow()
				.getCluster().setCredentialsKey("ops-cluster-" + System.nanoTime());
		model.eResource().save(null);

		Run refused = run(new String[] { "--topology", topology.toString(), "--link", "eu-west-to-us-east", "--store",
				folder.resolve("store").toString(), "--reason", "credentials", "--offsets", "0:0-1", "--dry-run" });
		assertEquals(ReplayCommand.REFUSED, refused.exit, refused.out);
		assertTrue(refused.err.contains("No credentials are stored under 'ops-cluster-"), refused.err);
	}

	private static Run run(String[] common, String... more) {
		String[] args = new String[common.length + more.length];
		System.arraycopy(common, 0, args, 0, common.length);
		System.arraycopy(more, 0, args, common.length, more.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new ReplayCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("unused")).run(args, new NullProgressMonitor());
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exit, String out, String err) {
	}
}
