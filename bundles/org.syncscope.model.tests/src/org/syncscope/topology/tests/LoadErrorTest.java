package org.syncscope.topology.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.TestOutput;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.topology.resource.TopologyResources;

/** Corrupt and foreign files fail with the file and the position of the problem, and stay untouched. */
class LoadErrorTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<topology:Topology xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
			+ "    xmlns:topology=\"http://www.syncscope.org/topology/1.0\" name=\"broken\">\n";

	@Test
	void malformedXmlNamesFileLineAndColumn() throws Exception {
		Path file = write("truncated.synctopo", HEADER + "  <links id=\"a\"\n</topology:Topology>\n");
		byte[] before = Files.readAllBytes(file);
		ResourceSet resourceSet = TopologyResources.newResourceSet();

		TopologyLoadException error = assertThrows(TopologyLoadException.class,
				() -> TopologyResources.load(resourceSet, file));

		assertEquals(file, error.file());
		assertEquals(5, error.line());
		assertEquals(1, error.column());
		assertTrue(error.getMessage().startsWith("Cannot open topology " + file + " at line 5, column 1: "),
				error.getMessage());
		assertTrue(error.getMessage().contains("\"links\""), error.getMessage());
		assertTrue(resourceSet.getResources().isEmpty(), "The half-read resource must not stay in the set");
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void unknownElementNamesItsPosition() throws Exception {
		Path file = write("foreign-element.synctopo", HEADER + "  <wires id=\"a\"/>\n</topology:Topology>\n");

		TopologyLoadException error = assertThrows(TopologyLoadException.class,
				() -> TopologyResources.load(TopologyResources.newResourceSet(), file));

		assertEquals("Cannot open topology " + file + " at line 4, column 18: Feature 'wires' not found.",
				error.getMessage());
	}

	@Test
	void emptyFileIsReportedAtItsStart() throws Exception {
		Path file = write("empty.synctopo", "");

		TopologyLoadException error = assertThrows(TopologyLoadException.class,
				() -> TopologyResources.load(TopologyResources.newResourceSet(), file));

		assertEquals(1, error.line());
		assertTrue(error.getMessage().contains("Premature end of file"), error.getMessage());
	}

	@Test
	void anotherEmfModelIsNotATopology() throws Exception {
		Path file = write("package.synctopo", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"other\"/>\n");

		TopologyLoadException error = assertThrows(TopologyLoadException.class,
				() -> TopologyResources.load(TopologyResources.newResourceSet(), file));

		assertEquals("Cannot open topology " + file + ": the file does not contain a SyncScope topology",
				error.getMessage());
	}

	@Test
	void missingFileIsReported() {
		Path file = TestOutput.scratchFolder("load-errors").resolve("absent.synctopo");

		TopologyLoadException error = assertThrows(TopologyLoadException.class,
				() -> TopologyResources.load(TopologyResources.newResourceSet(), file));

		assertEquals("Cannot open topology " + file + ": no such file", error.getMessage());
	}

	private static Path write(String name, String content) throws Exception {
		return Files.writeString(TestOutput.scratchFolder("load-errors").resolve(name), content,
				StandardCharsets.UTF_8);
	}
}
