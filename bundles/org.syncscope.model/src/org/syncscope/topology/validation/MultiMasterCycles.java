package org.syncscope.topology.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncscope.topology.Endpoint;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * Finds the replication cycles a link belongs to. In a cycle both ends write, so concurrent updates of one key
 * meet and must be resolved; only enabled links replicate, so only they count.
 */
public final class MultiMasterCycles {

	private MultiMasterCycles() {
	}

	/**
	 * The shortest cycle through {@code link}, as endpoints from its source back to its source, or empty if
	 * the link is disabled, incomplete or on no cycle.
	 */
	public static Optional<List<Endpoint>> shortestCycleThrough(SyncLink link) {
		Endpoint source = link.getSource();
		Endpoint target = link.getTarget();
		if (!link.isEnabled() || source == null || target == null || source == target
				|| !(link.eContainer() instanceof Topology topology)) {
			return Optional.empty();
		}
		return shortestPath(successors(topology), target, source).map(path -> {
			List<Endpoint> cycle = new ArrayList<>(List.of(source));
			cycle.addAll(path);
			return cycle;
		});
	}

	private static Map<Endpoint, List<Endpoint>> successors(Topology topology) {
		Map<Endpoint, List<Endpoint>> successors = new HashMap<>();
		for (SyncLink link : topology.getLinks()) {
			if (link.isEnabled() && link.getSource() != null && link.getTarget() != null) {
				successors.computeIfAbsent(link.getSource(), ignored -> new ArrayList<>()).add(link.getTarget());
			}
		}
		return successors;
	}

	/** Breadth-first search, so the reported cycle is the shortest and the result does not depend on order. */
	private static Optional<List<Endpoint>> shortestPath(Map<Endpoint, List<Endpoint>> successors, Endpoint from,
			Endpoint to) {
		Map<Endpoint, Endpoint> predecessors = new LinkedHashMap<>();
		predecessors.put(from, from);
		Deque<Endpoint> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			Endpoint current = queue.removeFirst();
			if (current == to) {
				List<Endpoint> path = new ArrayList<>();
				for (Endpoint step = to; step != from; step = predecessors.get(step)) {
					path.add(step);
				}
				path.add(from);
				Collections.reverse(path);
				return Optional.of(path);
			}
			for (Endpoint next : successors.getOrDefault(current, List.of())) {
				if (predecessors.putIfAbsent(next, current) == null) {
					queue.addLast(next);
				}
			}
		}
		return Optional.empty();
	}
}
