package org.syncscope.ui.topology;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * The outcome of validating a document: the problems an operator has to look at, in the order the validator
 * reported them. Kept in the workbench context so that the Problems part shows it even if it opens later.
 */
public record Validation(TopologyDocument document, List<Diagnostic> problems) {

	/** Runs every rule of the topology validator on the document's model. */
	public static Validation of(TopologyDocument document) {
		Diagnostic result = Diagnostician.INSTANCE.validate(document.topology());
		return new Validation(document, List.copyOf(result.getChildren()));
	}

	/** The model element a problem is about, the first datum of EMF diagnostics, or null. */
	public static EObject elementOf(Diagnostic problem) {
		return problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject element) ? null
				: element;
	}

	public long errors() {
		return problems.stream().filter(p -> p.getSeverity() >= Diagnostic.ERROR).count();
	}

	public long warnings() {
		return problems.stream().filter(p -> p.getSeverity() == Diagnostic.WARNING).count();
	}

	/** Whether the model breaks no rule at all. */
	public boolean isClean() {
		return errors() == 0 && warnings() == 0;
	}

	/** For example "2 errors, 1 warning" or "no problems". */
	public String summary() {
		if (isClean()) {
			return "no problems";
		}
		return count(errors(), "error") + ", " + count(warnings(), "warning");
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
