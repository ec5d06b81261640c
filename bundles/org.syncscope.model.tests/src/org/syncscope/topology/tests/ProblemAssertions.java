package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.syncscope.topology.util.TopologyValidator;
import org.syncscope.topology.validation.TopologyProblem;

/**
 * Validates through EMF's {@link Diagnostician}, as the editor does, and asserts on the diagnostics by code,
 * severity and message.
 */
final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/** Every diagnostic (flattened) the validator reports for {@code root} and its contents. */
	static List<Diagnostic> validate(EObject root) {
		List<Diagnostic> all = new ArrayList<>();
		collect(Diagnostician.INSTANCE.validate(root), all);
		return all;
	}

	static void assertValid(EObject root) {
		List<Diagnostic> diagnostics = validate(root);
		assertTrue(diagnostics.isEmpty(), () -> "Expected no problems but got: " + describe(diagnostics));
	}

	/** The one diagnostic for {@code problem}, checked for severity, message and offending object. */
	static Diagnostic assertProblem(EObject root, TopologyProblem problem, EObject offending, String message) {
		List<Diagnostic> matching = validate(root).stream().filter(d -> is(d, problem)).toList();
		if (matching.isEmpty()) {
			fail("Expected " + problem + " but got: " + describe(validate(root)));
		}
		Diagnostic diagnostic = matching.stream().filter(d -> d.getData().get(0) == offending).findFirst()
				.orElseThrow(() -> new AssertionError(problem + " was reported, but not on " + offending));
		assertEquals(problem.severity(), diagnostic.getSeverity(), diagnostic::getMessage);
		assertEquals(message, diagnostic.getMessage());
		assertSame(offending, diagnostic.getData().get(0));
		return diagnostic;
	}

	static long count(EObject root, TopologyProblem problem) {
		return validate(root).stream().filter(d -> is(d, problem)).count();
	}

	private static boolean is(Diagnostic diagnostic, TopologyProblem problem) {
		return TopologyValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
				&& diagnostic.getCode() == problem.code();
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
		for (Diagnostic child : diagnostic.getChildren()) {
			into.add(child);
			collect(child, into);
		}
	}

	private static String describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getSource() + "/" + d.getCode() + ": " + d.getMessage())
				.collect(Collectors.joining("\n", "\n", ""));
	}
}
