package org.syncscope.ui.topology.wizard;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.syncscope.topology.resource.TopologyResources;

/**
 * Asks for what a new topology needs before it can be saved: its name, the file, and whether to start from
 * the shipped three-region sample rather than from nothing.
 */
public class NewTopologyPage extends WizardPage {

	private static final String SUFFIX = "." + TopologyResources.FILE_EXTENSION;

	private final Path folder;
	private Text name;
	private Text file;
	private Button fromSample;

	public NewTopologyPage(Path folder) {
		super("newTopology");
		this.folder = folder;
		setTitle("New Topology");
		setDescription("Describe a sync deployment: its endpoints and the links between them.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("&Name:");
		name = new Text(page, SWT.BORDER);
		name.setText("New topology");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		new Label(page, SWT.NONE).setText("&File:");
		file = new Text(page, SWT.BORDER);
		file.setText(folder.resolve("new-topology" + SUFFIX).toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse…");
		browse.addListener(SWT.Selection, event -> browse());
		fromSample = new Button(page, SWT.CHECK);
		fromSample.setText("&Start from the three-region multi-master sample");
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(fromSample);
		name.addListener(SWT.Modify, event -> validate());
		file.addListener(SWT.Modify, event -> validate());
		setControl(page);
		validate();
	}

	/** The name the operator gave. */
	public String topologyName() {
		return name.getText().strip();
	}

	/** The file to create, with the .synctopo extension added if it was left out. */
	public Path file() {
		String text = file.getText().strip();
		return Path.of(text.endsWith(SUFFIX) ? text : text + SUFFIX).toAbsolutePath();
	}

	/** Whether to copy the three-region sample instead of starting empty. */
	public boolean fromSample() {
		return fromSample.getSelection();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*" + SUFFIX });
		dialog.setFileName(file().getFileName().toString());
		if (file().getParent() != null) {
			dialog.setFilterPath(file().getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void validate() {
		String problem = null;
		if (topologyName().isEmpty()) {
			problem = "Give the topology a name.";
		} else if (file.getText().isBlank()) {
			problem = "Choose the file to create.";
		} else if (file().getParent() == null || !Files.isDirectory(file().getParent())) {
			problem = "Folder " + file().getParent() + " does not exist.";
		} else if (Files.exists(file())) {
			problem = file() + " already exists; choose another file.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
