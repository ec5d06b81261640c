package org.syncscope.topology.validation;

import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * The id syntax shared by endpoints, links and replica ids: safe in XML references, file names, Kafka topic
 * and group names derived from them, and command lines.
 */
final class Ids {

	private static final Pattern LEGAL_ID = Pattern.compile("[A-Za-z0-9._-]+");

	private Ids() {
	}

	static boolean isLegal(String id) {
		return LEGAL_ID.matcher(id).matches();
	}

	/** Checks the {@link EObject#eClass() class}'s EMF id attribute of an endpoint or link. */
	static boolean check(EObject element, String id, DiagnosticChain diagnostics) {
		if (Problems.isBlank(id)) {
			return Problems.report(diagnostics, TopologyProblem.MISSING_ID, element,
					element.eClass().getEIDAttribute(), kind(element), Problems.label(element));
		}
		if (!isLegal(id)) {
			return Problems.report(diagnostics, TopologyProblem.ILLEGAL_ID, element,
					element.eClass().getEIDAttribute(), id);
		}
		return true;
	}

	private static String kind(EObject element) {
		return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2");
	}
}
