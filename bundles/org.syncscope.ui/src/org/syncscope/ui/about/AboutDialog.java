package org.syncscope.ui.about;

import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Shows what SyncScope is and the versions it runs on, with a button to copy them for a support request. */
public class AboutDialog extends Dialog {

	/** Title of the dialog's shell, also how tests find it. */
	public static final String TITLE = "About SyncScope";

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final ComponentVersions versions;

	public AboutDialog(Shell parent, ComponentVersions versions) {
		super(parent);
		this.versions = versions;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label title = new Label(area, SWT.NONE);
		Font heading = JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT);
		title.setFont(heading);
		title.setText("SyncScope " + versions.syncScopeVersion());
		Label summary = new Label(area, SWT.WRAP);
		summary.setText("The operator console for multi-master data synchronization over Apache Kafka: "
				+ "replication lag, conflicts and replay.");
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(summary);

		Composite tableHolder = new Composite(area, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		tableHolder.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 300).applyTo(tableHolder);
		TableViewer table = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setHeaderVisible(true);
		addColumn(table, layout, "Component", 45, ComponentVersions.Component::name);
		addColumn(table, layout, "Version", 55, ComponentVersions.Component::version);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(versions.components());
		return area;
	}

	private static void addColumn(TableViewer table, TableColumnLayout layout, String title, int weight,
			Function<ComponentVersions.Component, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ComponentVersions.Component) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "&Copy Versions", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { versions.asText() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			return;
		}
		super.buttonPressed(buttonId);
	}
}
