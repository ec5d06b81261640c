package org.syncscope.ui.topology.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.kafka.monitor.LinkSnapshot;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * What the monitors last read that an operator has to fix, on the links of a topology: an ACL the cluster
 * refused a link's change log or applier group for (an error), and in the source databases of its pipelines
 * a carried table whose replica identity is not {@code FULL} (its conflicts cannot be found), a table that
 * does not exist, a slot lag that cannot be read, and a field rule that a value seen in the link's conflicts
 * does not fit (warnings).
 */
final class PipelineProblems {

	/** The source of these diagnostics, beside the validator's. */
	static final String SOURCE = "org.syncscope.monitoring";

	private PipelineProblems() {
	}

	/**
	 * The problems {@code monitored} (links as Kafka monitoring last saw them) and {@code states} (by link id,
	 * as the Connect monitor last read them) show for the links of {@code topology}, in the links' order.
	 */
	static List<Diagnostic> of(Topology topology, List<LinkSnapshot> monitored, Map<String, LinkConnectState> states) {
		Map<String, String> refused = new HashMap<>();
		Map<String, List<String>> misfits = new HashMap<>();
		monitored.forEach(snapshot -> {
			snapshot.problem().ifPresent(problem -> refused.put(snapshot.link().id(), problem));
			misfits.put(snapshot.link().id(), snapshot.ruleMisfits());
		});
		List<Diagnostic> problems = new ArrayList<>();
		for (SyncLink link : topology.getLinks()) {
			if (link.getId() != null && refused.containsKey(link.getId())) {
				problems.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, refused.get(link.getId()),
						new Object[] { link }));
			}
			if (link.getId() != null) {
				misfits.getOrDefault(link.getId(), List.of()).forEach(misfit -> problems.add(warning(misfit, link)));
			}
			LinkConnectState state = link.getId() == null ? null : states.get(link.getId());
			if (state == null) {
				continue;
			}
			LinkConnectState.SourceSide source = state.sourceSide();
			source.problem().ifPresent(problem -> problems.add(warning(problem, link)));
			source.warnings().forEach(warning -> problems.add(warning(warning, link)));
		}
		return problems;
	}

	private static Diagnostic warning(String message, SyncLink link) {
		return new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 0, message, new Object[] { link });
	}
}
