package org.syncscope.connect.monitor;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.syncscope.connect.rest.ConnectClient;

/**
 * Watches the connectors of a topology's CDC links on their Kafka Connect clusters, offered as an OSGi service
 * beside the Kafka monitoring: every interval, on a thread of its own, each cluster is asked for the status
 * of every connector its links name, and the newest state of every link is handed to listeners. A cluster
 * that cannot be reached makes its links DOWN with the cause, and is asked again every interval, so its links
 * recover by themselves when it is back.
 */
@Component(service = ConnectMonitor.class)
public final class ConnectMonitor {

	/** How often the clusters are asked unless told otherwise. */
	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

	private final List<Consumer<Map<String, LinkConnectState>>> listeners = new CopyOnWriteArrayList<>();
	private List<ConnectClusterSpec> watched = List.of();
	private ScheduledExecutorService poller;
	private volatile Map<String, LinkConnectState> latest = Map.of();

	/** Watches {@code clusters} every {@code interval} from now on, replacing what was watched before. */
	public synchronized void start(List<ConnectClusterSpec> clusters, Duration interval, Clock clock) {
		stop();
		watched = List.copyOf(clusters);
		latest = Map.of();
		if (clusters.isEmpty()) {
			return;
		}
		List<ConnectClusterCheck> checks = clusters.stream()
				.map(spec -> new ConnectClusterCheck(spec, new ConnectClient(spec.restUrl(), spec.authorization())))
				.toList();
		poller = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("syncscope-connect-monitor").factory());
		poller.scheduleWithFixedDelay(() -> poll(checks, clock), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Watches {@code clusters} every {@link #DEFAULT_INTERVAL}. */
	public void start(List<ConnectClusterSpec> clusters) {
		start(clusters, DEFAULT_INTERVAL, Clock.systemUTC());
	}

	private void poll(List<ConnectClusterCheck> checks, Clock clock) {
		Map<String, LinkConnectState> states = new HashMap<>();
		for (ConnectClusterCheck check : checks) {
			check.run(clock.instant()).forEach(state -> states.put(state.linkId(), state));
		}
		Map<String, LinkConnectState> snapshot = Map.copyOf(states);
		latest = snapshot;
		listeners.forEach(listener -> listener.accept(snapshot));
	}

	/** Stops watching; the last states stay readable. */
	@Deactivate
	public synchronized void stop() {
		if (poller != null) {
			poller.shutdownNow();
			try {
				poller.awaitTermination(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			poller = null;
		}
	}

	/** The clusters watched since the last {@link #start}. */
	public synchronized List<ConnectClusterSpec> watched() {
		return watched;
	}

	/** The source database of link {@code linkId}, with its login, as the watched clusters name it. */
	public Optional<ConnectClusterSpec.SourceDatabase> sourceDatabase(String linkId) {
		return watched().stream().flatMap(cluster -> cluster.links().stream())
				.filter(link -> link.linkId().equals(linkId)).findFirst()
				.flatMap(ConnectClusterSpec.LinkConnectors::sourceDatabase);
	}

	/** The newest state of every watched link, by link id. */
	public Map<String, LinkConnectState> latest() {
		return latest;
	}

	/** The newest state of link {@code linkId}, once its cluster was checked. */
	public Optional<LinkConnectState> link(String linkId) {
		return Optional.ofNullable(latest.get(linkId));
	}

	/** Calls {@code listener} with every new round of states (on the monitor's thread). */
	public void addListener(Consumer<Map<String, LinkConnectState>> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Map<String, LinkConnectState>> listener) {
		listeners.remove(listener);
	}
}
