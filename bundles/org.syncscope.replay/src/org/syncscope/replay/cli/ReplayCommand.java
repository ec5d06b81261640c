package org.syncscope.replay.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.syncscope.kafka.monitor.SecureStorageCredentials;
import org.syncscope.replay.PartitionPlan;
import org.syncscope.replay.PreviewEvent;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayLinks;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayProgress;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.replay.ReplayResult;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplaySettings;
import org.syncscope.replay.ReplayState;
import org.syncscope.store.StoreException;
import org.syncscope.store.StoreInUseException;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.topology.resource.TopologyResources;

/**
 * {@code syncscope replay}: the same plan, checks, transactional copy and audit as the wizard, for
 * automation. Prints the plan, progress per batch and the outcome; the exit code says how it went.
 */
public final class ReplayCommand {

	/** Replayed (or planned, with --dry-run). */
	public static final int OK = 0;
	/** The replay ran but was cancelled or failed; it can be resumed with --resume. */
	public static final int NOT_COMPLETED = 1;
	/** Refused before anything was written: bad options, range, target, or an unreadable topology. */
	public static final int REFUSED = 2;

	static final String USAGE = """
			Usage: syncscope replay --topology FILE --link ID|NAME
			         (--offsets P:FROM-TO[,P:FROM-TO...] | --from INSTANT --to INSTANT)
			         [--keys K1,K2,... | --key-pattern REGEX] [--target TOPIC] --reason TEXT
			         [--operator NAME] [--dry-run] [--batch-size N] [--max-replays N] [--store DIR]
			       syncscope replay --topology FILE --link ID|NAME --resume JOB-ID [--store DIR]
			Offsets are per partition, FROM inclusive and TO exclusive; instants are ISO-8601 (2026-11-26T10:15:00Z).
			The target defaults to the link's change log; others must be among its replay target topics.""";

	private final PrintStream out;
	private final PrintStream err;
	private final Path defaultStore;

	public ReplayCommand(PrintStream out, PrintStream err, Path defaultStore) {
		this.out = out;
		this.err = err;
		this.defaultStore = defaultStore;
	}

	/** Runs the command; {@code monitor} is cancelled by Ctrl-C in the application. */
	public int run(String[] args, IProgressMonitor monitor) {
		try {
			CommandLine line = CommandLine.parse(args);
			if (line.has("--help")) {
				out.println(USAGE);
				return OK;
			}
			ReplayLink link = link(line);
			ReplaySettings settings = ReplaySettings.DEFAULT
					.withBatchSize(line.intValue("--batch-size", ReplaySettings.DEFAULT.batchSize()))
					.withMaxReplayCount(line.intValue("--max-replays", ReplaySettings.DEFAULT.maxReplayCount()));
			Path storeDirectory = line.value("--store") != null ? Path.of(line.value("--store")) : defaultStore;
			try (SyncScopeStore store = SyncScopeStore.open(storeDirectory)) {
				ReplayService service = new ReplayService(store, settings);
				if (line.value("--resume") != null) {
					return report(service.resume(line.value("--resume"), link, this::progress, monitor));
				}
				ReplayPlan plan = service.plan(request(line, link), monitor);
				print(plan);
				if (line.has("--dry-run")) {
					out.println("Dry run: nothing was written.");
					return OK;
				}
				return report(service.execute(plan, this::progress, monitor));
			}
		} catch (ReplayException e) {
			err.println("syncscope replay: " + e.getMessage());
			return REFUSED;
		} catch (StoreInUseException e) {
			err.println("syncscope replay: " + e.getMessage()
					+ ". Nothing was written. Close the workbench, or replay from its Replay menu.");
			return REFUSED;
		} catch (SQLException | StoreException e) {
			err.println("syncscope replay: the store cannot be used: " + e.getMessage());
			return REFUSED;
		}
	}

	private static ReplayLink link(CommandLine line) throws ReplayException {
		Path file = Path.of(line.required("--topology"));
		try {
			Topology topology = TopologyResources.load(TopologyResources.newResourceSet(), file);
			return ReplayLinks.find(topology, line.required("--link"), SecureStorageCredentials.DEFAULT);
		} catch (TopologyLoadException e) {
			throw new ReplayException(e.getMessage(), e);
		}
	}

	private static ReplayRequest request(CommandLine line, ReplayLink link) throws ReplayException {
		String target = line.value("--target") != null ? line.value("--target") : link.sourceTopic();
		String operator = line.value("--operator") != null ? line.value("--operator")
				: System.getProperty("user.name", "");
		return new ReplayRequest(link, RangeArguments.range(line), RangeArguments.keyFilter(line), target,
				line.required("--reason"), operator);
	}

	private void print(ReplayPlan plan) {
		ReplayRequest request = plan.request();
		out.printf(Locale.ROOT, "Replay of %s (%s) to %s, %s, keys %s%n", request.link().sourceTopic(),
				request.link().name(), request.targetTopic(), request.range().describe(),
				request.keyFilter().spec().isEmpty() ? "all" : request.keyFilter().spec());
		for (PartitionPlan partition : plan.partitions()) {
			out.printf(Locale.ROOT, "  partition %d: offsets %d-%d, %,d events to replay, %,d refused by the loop guard%n",
					partition.span().partition(), partition.span().from(), partition.span().to(),
					partition.replayable(), partition.refused());
		}
		out.printf(Locale.ROOT, "  total: %,d events to replay, %,d refused%n", plan.total(), plan.refused());
		for (PreviewEvent event : plan.preview()) {
			out.printf(Locale.ROOT, "  [%d@%d] %s %s %s%n", event.partition(), event.offset(), event.key(),
					event.summary(), event.maskedPayload());
		}
	}

	private void progress(ReplayProgress progress) {
		out.println("  " + progress.describe());
	}

	private int report(ReplayResult result) {
		out.printf(Locale.ROOT, "Replay %s %s: %,d of %,d events in %.1f s. %s%n", result.jobId(),
				result.state().name().toLowerCase(Locale.ROOT), result.done(), result.total(),
				result.duration().toMillis() / 1000.0, result.message());
		if (result.state() != ReplayState.COMPLETED) {
			out.println("Resume it with: --resume " + result.jobId());
		}
		return result.state() == ReplayState.COMPLETED ? OK : NOT_COMPLETED;
	}
}
