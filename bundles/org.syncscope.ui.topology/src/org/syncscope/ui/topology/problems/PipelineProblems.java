package org.syncscope.ui.topology.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.syncscope.connect.monitor.LinkConnectState;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;

/**
 * What the Connect monitor last read in the source databases of a topology's pipelines that an operator has
 * to fix, as warnings on the links: a carried table whose replica identity is not {@code FULL} (its
 * conflicts cannot be found), a table that does not exist, a slot lag that cannot be read.
 */
final class PipelineProblems {

	/** The source of these diagnostics, beside the validator's. */
	static final String SOURCE = "org.syncscope.connect";

	private PipelineProblems() {
	}

	/** The problems {@code states} (by link id) show for the links of {@code topology}, in the links' order. */
	static List<Diagnostic> of(Topology topology, Map<String, LinkConnectState> states) {
		List<Diagnostic> problems = new ArrayList<>();
		for (SyncLink link : topology.getLinks()) {
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
