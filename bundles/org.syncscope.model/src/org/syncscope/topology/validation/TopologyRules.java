package org.syncscope.topology.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyPackage.Literals;

/**
 * Rules that need the whole topology: uniqueness of ids, names, replica ids and applier groups. Each offending
 * element gets its own diagnostic so that the editor can select every one of them.
 */
public final class TopologyRules {

	private TopologyRules() {
	}

	/** Endpoint and link ids are unique together, as they share the file's id space. */
	public static boolean uniqueIds(Topology topology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<EObject> elements = new ArrayList<>(topology.getEndpoints());
		elements.addAll(topology.getLinks());
		boolean valid = true;
		for (Map.Entry<String, List<EObject>> duplicate : duplicates(elements, TopologyRules::idOf).entrySet()) {
			for (EObject element : duplicate.getValue()) {
				valid = Problems.report(diagnostics, TopologyProblem.DUPLICATE_ID, element,
						element.eClass().getEIDAttribute(), duplicate.getKey(), duplicate.getValue().size());
			}
		}
		return valid;
	}

	/** Endpoint names are unique among endpoints, link names among links. */
	public static boolean uniqueNames(Topology topology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (Map.Entry<String, List<Endpoint>> duplicate : duplicates(topology.getEndpoints(), Endpoint::getName)
				.entrySet()) {
			for (Endpoint endpoint : duplicate.getValue()) {
				valid = Problems.report(diagnostics, TopologyProblem.DUPLICATE_NAME, endpoint,
						Literals.ENDPOINT__NAME, "Endpoint", duplicate.getKey(), duplicate.getValue().size());
			}
		}
		for (Map.Entry<String, List<SyncLink>> duplicate : duplicates(topology.getLinks(), SyncLink::getName)
				.entrySet()) {
			for (SyncLink link : duplicate.getValue()) {
				valid = Problems.report(diagnostics, TopologyProblem.DUPLICATE_NAME, link, Literals.SYNC_LINK__NAME,
						"Link", duplicate.getKey(), duplicate.getValue().size());
			}
		}
		return valid;
	}

	/** Each service replica stamps its own id on version vectors. */
	public static boolean uniqueReplicaIds(Topology topology, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		List<ServiceReplica> replicas = topology.getEndpoints().stream().filter(ServiceReplica.class::isInstance)
				.map(ServiceReplica.class::cast).toList();
		boolean valid = true;
		for (Map.Entry<String, List<ServiceReplica>> duplicate : duplicates(replicas, ServiceReplica::getReplicaId)
				.entrySet()) {
			for (ServiceReplica replica : duplicate.getValue()) {
				valid = Problems.report(diagnostics, TopologyProblem.DUPLICATE_REPLICA_ID, replica,
						Literals.SERVICE_REPLICA__REPLICA_ID, duplicate.getKey(), duplicate.getValue().size());
			}
		}
		return valid;
	}

	/** Two links consuming with one group on one cluster would each see only part of their change log. */
	public static boolean uniqueApplierGroups(Topology topology, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		for (List<SyncLink> sharing : duplicates(topology.getLinks(), TopologyRules::clusterAndGroup).values()) {
			String names = sharing.stream().map(link -> "'" + Problems.label(link) + "'")
					.collect(Collectors.joining(", "));
			for (SyncLink link : sharing) {
				valid = Problems.report(diagnostics, TopologyProblem.SHARED_APPLIER_GROUP, link,
						Literals.SYNC_LINK__APPLIER_GROUP, link.getApplierGroup(), names);
			}
		}
		return valid;
	}

	private static String idOf(EObject element) {
		return element instanceof Endpoint endpoint ? endpoint.getId() : ((SyncLink) element).getId();
	}

	private static GroupOnCluster clusterAndGroup(SyncLink link) {
		return Problems.isBlank(link.getApplierGroup()) ? null
				: new GroupOnCluster(link.getCluster(), link.getApplierGroup());
	}

	/**
	 * The elements grouped by key, keeping only the keys that more than one element has. Null and blank keys
	 * are left to the rules that require a value.
	 */
	private static <T, K> Map<K, List<T>> duplicates(List<? extends T> elements, Function<T, K> key) {
		Map<K, List<T>> groups = new LinkedHashMap<>();
		for (T element : elements) {
			K value = key.apply(element);
			if (value != null && !(value instanceof String text && text.isBlank())) {
				groups.computeIfAbsent(value, ignored -> new ArrayList<>()).add(element);
			}
		}
		groups.values().removeIf(group -> group.size() < 2);
		return groups;
	}

	/** A consumer group is only shared when it is used on the same cluster. */
	private record GroupOnCluster(KafkaCluster cluster, String group) {
	}
}
