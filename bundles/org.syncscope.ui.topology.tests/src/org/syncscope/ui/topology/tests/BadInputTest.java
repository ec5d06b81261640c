package org.syncscope.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.ui.UiWait;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.TopologyPrompts;

/**
 * A corrupt or foreign file opens with an error that names the file and the cause (with line and column for
 * malformed XML), the topology open before stays open, and the broken file is left exactly as it was.
 */
class BadInputTest {

	private static final String MALFORMED = """
			<?xml version="1.0" encoding="UTF-8"?>
			<topology:Topology xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:topology="http://www.syncscope.org/topology/1.0" name="Broken">
			  <endpoints id="a" name="unterminated
			</topology:Topology>
			""";

	private final Workbench workbench = new Workbench();
	private final RecordingPrompts prompts = new RecordingPrompts();
	private TopologyPrompts originalPrompts;
	private Path folder;
	private TopologyDocument before;

	@BeforeEach
	void openSample() throws Exception {
		originalPrompts = workbench.context().get(TopologyPrompts.class);
		workbench.context().set(TopologyPrompts.class, prompts);
		folder = TestOutput.scratchFolder("bad-input");
		workbench.openCopyOfSample(prompts, folder);
		before = workbench.activeTopology().document().orElseThrow();
	}

	@AfterEach
	void closeTopology() {
		workbench.activeTopology().close();
		workbench.context().set(TopologyPrompts.class, originalPrompts);
	}

	@Test
	void malformedXmlIsReportedWithLineAndColumnAndLeftUntouched() throws Exception {
		Path broken = write("broken.synctopo", MALFORMED);
		byte[] content = Files.readAllBytes(broken);

		TopologyLoadException error = open(broken);

		assertEquals(broken, error.file());
		assertTrue(error.line() >= 4, "line of the malformed element: " + error.line());
		assertTrue(error.column() > 0);
		assertTrue(error.getMessage().contains("broken.synctopo") && error.getMessage().contains("line "),
				error.getMessage());
		assertSame(before, workbench.activeTopology().document().orElseThrow(), "the open topology stays");
		assertArrayEquals(content, Files.readAllBytes(broken), "the broken file is not touched");
	}

	@Test
	void foreignFileIsReportedAndLeftUntouched() throws Exception {
		Path foreign = write("pom.synctopo", "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n");
		byte[] content = Files.readAllBytes(foreign);

		TopologyLoadException error = open(foreign);

		assertTrue(error.getMessage().contains("pom.synctopo"), error.getMessage());
		assertSame(before, workbench.activeTopology().document().orElseThrow());
		assertArrayEquals(content, Files.readAllBytes(foreign));
	}

	private TopologyLoadException open(Path file) {
		prompts.filesToOpen.add(file);
		workbench.mainMenu("File", "Open Topology…");
		UiWait.until(workbench.display, "the error about " + file.getFileName(), Workbench.TIMEOUT,
				() -> !prompts.openFailures.isEmpty());
		return prompts.openFailures.get(0);
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
}
