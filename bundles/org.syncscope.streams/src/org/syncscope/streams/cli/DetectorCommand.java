package org.syncscope.streams.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.syncscope.kafka.monitor.ClusterSpec;
import org.syncscope.kafka.monitor.LinkSpec;
import org.syncscope.kafka.monitor.TopologyFile;
import org.syncscope.streams.DetectorSettings;
import org.syncscope.streams.StreamsDetector;

/**
 * {@code syncscope detector}: runs one instance of the streams detector on every cluster of a topology until
 * stopped. Instances started with the same topology, properties and application id share the work; each needs
 * a state directory of its own. Exit code 0 after a stop, 3 for bad arguments or a bad topology, 2 when a
 * detector cannot start.
 */
public final class DetectorCommand {

	static final String USAGE = """
			usage: syncscope detector --topology FILE [--properties FILE] [--application-id ID] [--state-dir DIR]
			                          [--standby N]
			  --topology F        the topology whose links' change logs to watch (links in SyncScope's format)
			  --properties F      Kafka client properties (SASL, TLS) for every cluster
			  --application-id I  shared by every instance of one detector (default syncscope-detector); conflicts
			                      go to syncscope.<I>.conflicts (with several clusters, I.<cluster id>)
			  --state-dir D       where this instance keeps its state stores (default ./detector-state)
			  --standby N         warm copies of each store on other instances (default 0)""";

	private final PrintStream out;
	private final PrintStream err;
	private final CountDownLatch stopped = new CountDownLatch(1);

	public DetectorCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs until {@link #stop()}; returns the exit code. */
	public int run(String... args) {
		Arguments arguments;
		List<ClusterSpec> clusters;
		try {
			arguments = Arguments.parse(args);
			Map<String, Object> properties = arguments.properties == null ? Map.of()
					: TopologyFile.clientProperties(arguments.properties);
			clusters = TopologyFile.clusters(TopologyFile.load(arguments.topology), properties).stream()
					.filter(cluster -> cluster.links().stream().anyMatch(LinkSpec::syncscopeEvents)).toList();
			if (clusters.isEmpty()) {
				throw new IllegalArgumentException("the topology " + arguments.topology
						+ " has no enabled link in SyncScope's format to detect conflicts on");
			}
		} catch (IllegalArgumentException e) {
			err.println("syncscope detector: " + e.getMessage());
			err.println(USAGE);
			return 3;
		}
		List<StreamsDetector> detectors = new ArrayList<>();
		try {
			for (ClusterSpec cluster : clusters) {
				String id = clusters.size() == 1 ? arguments.applicationId : arguments.applicationId + "." + cluster.id();
				DetectorSettings settings = new DetectorSettings(id, arguments.stateDir.resolve(cluster.id()),
						arguments.standby);
				detectors.add(StreamsDetector.start(cluster, settings));
				out.println("detecting on " + cluster.name() + " (" + cluster.bootstrapServers() + "), conflicts to "
						+ settings.conflictsTopic());
			}
			stopped.await();
			return 0;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		} catch (Exception e) {
			err.println("syncscope detector: cannot start: " + e);
			return 2;
		} finally {
			detectors.forEach(StreamsDetector::close);
		}
	}

	/** Ends {@link #run}: the instances leave their group, handing their partitions to the others. */
	public void stop() {
		stopped.countDown();
	}

	/** The command in a plain JVM (no OSGi): stops cleanly on SIGTERM or Ctrl-C. */
	public static void main(String[] args) {
		DetectorCommand command = new DetectorCommand(System.out, System.err);
		Runtime.getRuntime().addShutdownHook(new Thread(command::stop, "syncscope-detector-stop"));
		System.exit(command.run(args));
	}

	/** The parsed arguments. */
	private record Arguments(Path topology, Path properties, String applicationId, Path stateDir, int standby) {

		static Arguments parse(String... args) {
			Path topology = null;
			Path properties = null;
			String applicationId = "syncscope-detector";
			Path stateDir = Path.of("detector-state");
			int standby = 0;
			for (int i = 0; i < args.length; i += 2) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(args[i] + " needs a value");
				}
				String value = args[i + 1];
				switch (args[i]) {
				case "--topology" -> topology = Path.of(value);
				case "--properties" -> properties = Path.of(value);
				case "--application-id" -> applicationId = value;
				case "--state-dir" -> stateDir = Path.of(value);
				case "--standby" -> standby = standby(value);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
			if (topology == null) {
				throw new IllegalArgumentException("--topology is required");
			}
			return new Arguments(topology, properties, applicationId, stateDir, standby);
		}

		private static int standby(String value) {
			try {
				return Integer.parseInt(value);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("--standby takes a number: " + value, e);
			}
		}
	}
}
