package org.syncscope.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.syncscope.testing.TestOutput;
import org.syncscope.testing.ui.Screenshots;
import org.syncscope.testing.ui.ModalDialogs;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.wizard.NewTopologyWizard;

/** File &gt; New Topology: the wizard writes a named copy of the three-region sample and opens it. */
class NewTopologyWizardTest {

	private final Workbench workbench = new Workbench();

	@AfterEach
	void closeTopology() {
		workbench.activeTopology().close();
	}

	@Test
	void createsANamedCopyOfTheSampleAndOpensIt() throws Exception {
		Path file = TestOutput.scratchFolder("wizard").resolve("lab.synctopo");
		ModalDialogs.operate(workbench.display, NewTopologyWizard.TITLE, Workbench.TIMEOUT,
				dialog -> fillIn(dialog, file), () -> workbench.mainMenu("File", "New Topology…"));

		TopologyDocument document = workbench.activeTopology().document().orElseThrow();
		assertEquals(file, document.file());
		assertFalse(document.isDirty());
		Topology written = TopologyResources.load(TopologyResources.newResourceSet(), file);
		assertEquals("Lab replication", written.getName());
		assertEquals(7, written.getEndpoints().size());
		assertEquals(6, written.getLinks().size());
		assertTrue(Files.size(file) > 0);
	}

	/** Fills in the wizard (its dialog runs its own event loop) and presses Finish. */
	private static void fillIn(Shell dialog, Path file) {
		List<Text> texts = Workbench.descendants(dialog, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0);
		texts.get(0).setText("Lab replication");
		texts.get(1).setText(file.toString());
		Button sample = button(dialog, "Start from the three-region multi-master sample");
		sample.setSelection(true);
		Screenshots.ofShell(dialog, "new-topology-wizard");
		button(dialog, "Finish").notifyListeners(SWT.Selection, new Event());
	}

	private static Button button(Shell dialog, String text) {
		return Workbench.descendants(dialog, Button.class, b -> b.getText().replace("&", "").equals(text)).get(0);
	}
}
