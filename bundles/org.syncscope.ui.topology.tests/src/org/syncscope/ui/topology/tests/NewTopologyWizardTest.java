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
import org.syncscope.testing.ui.UiWait;
import org.syncscope.topology.Topology;
import org.syncscope.topology.resource.TopologyResources;
import org.syncscope.ui.topology.TopologyDocument;
import org.syncscope.ui.topology.wizard.NewTopologyWizard;

/** File &gt; New Topology: the wizard writes a named copy of the three-region sample and opens it. */
class NewTopologyWizardTest {

	private static final int TIMER_MILLIS = 100;
	private static final int MAX_TRIES = 300;

	private final Workbench workbench = new Workbench();
	private boolean finished;

	@AfterEach
	void closeTopology() {
		workbench.activeTopology().close();
	}

	@Test
	void createsANamedCopyOfTheSampleAndOpensIt() throws Exception {
		Path file = TestOutput.scratchFolder("wizard").resolve("lab.synctopo");
		fillInWhenOpen(file, 0);

		workbench.mainMenu("File", "New Topology…");
		UiWait.until(workbench.display, "the wizard to finish", Workbench.TIMEOUT, () -> finished);

		TopologyDocument document = workbench.activeTopology().document().orElseThrow();
		assertEquals(file, document.file());
		assertFalse(document.isDirty());
		Topology written = TopologyResources.load(TopologyResources.newResourceSet(), file);
		assertEquals("Lab replication", written.getName());
		assertEquals(7, written.getEndpoints().size());
		assertEquals(6, written.getLinks().size());
		assertTrue(Files.size(file) > 0);
	}

	/** Fills in the wizard once it shows (its dialog runs its own event loop) and presses Finish. */
	private void fillInWhenOpen(Path file, int tries) {
		workbench.display.timerExec(TIMER_MILLIS, () -> {
			Shell dialog = List.of(workbench.display.getShells()).stream()
					.filter(s -> s.isVisible() && NewTopologyWizard.TITLE.equals(s.getText())).findFirst().orElse(null);
			if (dialog == null) {
				if (tries < MAX_TRIES) {
					fillInWhenOpen(file, tries + 1);
				}
				return;
			}
			List<Text> texts = Workbench.descendants(dialog, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0);
			texts.get(0).setText("Lab replication");
			texts.get(1).setText(file.toString());
			Button sample = button(dialog, "Start from the three-region multi-master sample");
			sample.setSelection(true);
			Screenshots.ofShell(dialog, "new-topology-wizard");
			button(dialog, "Finish").notifyListeners(SWT.Selection, new Event());
			finished = true;
		});
	}

	private static Button button(Shell dialog, String text) {
		return Workbench.descendants(dialog, Button.class, b -> b.getText().replace("&", "").equals(text)).get(0);
	}
}
