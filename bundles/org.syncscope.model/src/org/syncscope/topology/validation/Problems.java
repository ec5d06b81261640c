package org.syncscope.topology.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.util.TopologyValidator;

/**
 * Turns a {@link TopologyProblem} into an EMF diagnostic whose data names the offending object first and the
 * feature second, the shape EMF tools use to select and mark the element.
 */
final class Problems {

	private Problems() {
	}

	/** Adds the problem to {@code diagnostics} (if any) and returns {@code false}, the rule's verdict. */
	static boolean report(DiagnosticChain diagnostics, TopologyProblem problem, EObject object,
			EStructuralFeature feature, Object... arguments) {
		if (diagnostics != null) {
			List<Object> data = new ArrayList<>(List.of(object));
			if (feature != null) {
				data.add(feature);
			}
			diagnostics.add(new BasicDiagnostic(problem.severity(), TopologyValidator.DIAGNOSTIC_SOURCE,
					problem.code(), problem.message(arguments), data.toArray()));
		}
		return false;
	}

	/** What an operator calls the element: its name, else its id, else its kind. */
	static String label(EObject object) {
		String name = null;
		String id = null;
		if (object instanceof Endpoint endpoint) {
			name = endpoint.getName();
			id = endpoint.getId();
		} else if (object instanceof SyncLink link) {
			name = link.getName();
			id = link.getId();
		}
		if (!isBlank(name)) {
			return name;
		}
		return isBlank(id) ? "(unnamed " + object.eClass().getName() + ")" : id;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
