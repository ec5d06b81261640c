package org.syncscope.simulator.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.syncscope.kafka.broker.BrokerException;
import org.syncscope.kafka.broker.LocalKafkaBroker;
import org.syncscope.simulator.SimulatorException;
import org.syncscope.simulator.SimulatorSettings;
import org.syncscope.simulator.SyncSimulator;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;

/**
 * The embedded demo: a local single-node KRaft broker with its data in the demo folder, the sample
 * three-region topology copied next to it and pointed at that broker, and the simulator writing and applying
 * live sync traffic with conflicts. A second start reuses the broker's data, ports and the topology file.
 */
public final class DemoEnvironment implements AutoCloseable {

	/** The file name of the demo topology inside the demo folder. */
	public static final String TOPOLOGY_FILE = "three-region.synctopo";

	private final LocalKafkaBroker broker;
	private final SyncSimulator simulator;
	private final Path topologyFile;

	private DemoEnvironment(LocalKafkaBroker broker, SyncSimulator simulator, Path topologyFile) {
		this.broker = broker;
		this.simulator = simulator;
		this.topologyFile = topologyFile;
	}

	/** Starts broker and simulator; {@code brokerLib} holds the broker jars (the product's broker/lib). */
	public static DemoEnvironment start(Path folder, Path brokerLib, SimulatorSettings settings)
			throws BrokerException, SimulatorException, IOException {
		LocalKafkaBroker broker = DemoPorts.startBroker(folder.resolve("broker"), brokerLib);
		try {
			Path topologyFile = prepareTopology(folder.resolve(TOPOLOGY_FILE), broker.bootstrapServers());
			SyncSimulator simulator = SyncSimulator.start(broker.bootstrapServers(), settings);
			broker.beforeStopAtExit(simulator::close);
			return new DemoEnvironment(broker, simulator, topologyFile);
		} catch (IOException | SimulatorException | RuntimeException e) {
			broker.close();
			throw e;
		}
	}

	/** Writes the sample topology (first start) and points its Kafka cluster at the demo broker. */
	private static Path prepareTopology(Path file, String bootstrapServers) throws IOException {
		ResourceSet resources = TopologyResources.newResourceSet();
		Resource resource;
		if (Files.exists(file)) {
			resource = TopologyResources.load(resources, file).eResource();
		} else {
			resource = resources.getResource(TopologyResources.threeRegionSample(), true);
			resource.setURI(TopologyResources.fileUri(file));
		}
		Topology topology = (Topology) resource.getContents().get(0);
		topology.getEndpoints().stream().filter(KafkaCluster.class::isInstance).map(KafkaCluster.class::cast)
				.filter(cluster -> cluster.getBootstrapServers() != null
						&& cluster.getBootstrapServers().startsWith("127.0.0.1:"))
				.forEach(cluster -> cluster.setBootstrapServers(bootstrapServers));
		resource.save(Map.of());
		return file;
	}

	/**
	 * Closes {@code clients} of the demo broker (monitoring, for one) before the broker stops when the JVM ends
	 * on a signal, as the simulator is; an orderly {@link #close} does not run it.
	 */
	public void beforeStopAtExit(Runnable clients) {
		broker.beforeStopAtExit(clients);
	}

	/** The demo's topology file, pointed at the demo broker. */
	public Path topologyFile() {
		return topologyFile;
	}

	/** Where the demo broker listens. */
	public String bootstrapServers() {
		return broker.bootstrapServers();
	}

	/** The running simulator. */
	public SyncSimulator simulator() {
		return simulator;
	}

	/** Stops the simulator, then the broker (cleanly, so the next start needs no recovery). */
	@Override
	public void close() {
		simulator.close();
		broker.close();
	}
}
