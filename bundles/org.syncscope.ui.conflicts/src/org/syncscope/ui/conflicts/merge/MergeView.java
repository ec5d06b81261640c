package org.syncscope.ui.conflicts.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.resolution.SensitiveFields;
import org.syncscope.resolution.StoredConflict;
import org.syncscope.ui.conflicts.ConflictActions;

/**
 * The detail and merge view of one conflict: causality, the versions field by field, per-field picks and
 * edits, the merged result previewed, and the actions with their shortcuts. It keeps the operator's picks
 * while the list refreshes, and starts over only when another conflict is shown or the conflict changed.
 */
public final class MergeView {

	private final Composite root;
	private final ConflictActions actions;
	private final Text causality;
	private final FieldsTable fields;
	private final Composite picks;
	private final Text preview;
	private final List<Control> changing = new ArrayList<>();
	private MergeModel model;
	private List<String> sensitive = List.of();
	private boolean revealed;

	public MergeView(Composite parent, ConflictActions actions) {
		this.actions = actions;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
		causality = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		causality.setData("org.syncscope.id", "causality");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 80).applyTo(causality);
		fields = new FieldsTable(root);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(fields.viewer().getTable());
		fields.viewer().addDoubleClickListener(event -> editField());
		picks = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(picks);
		Label label = new Label(root, SWT.NONE);
		label.setText("Merged result (what \"Apply Merge\" writes):");
		preview = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		preview.setData("org.syncscope.id", "preview");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 50).applyTo(preview);
		createActionBar();
		clear();
	}

	private void createActionBar() {
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
		changing.add(button(bar, "&Apply Merge…", "Write the merged result (Ctrl+Shift+M)", actions::applyMerge));
		changing.add(button(bar, "Keep v&1", "Keep version 1 as it is (Ctrl+Shift+1)", () -> actions.keep(0)));
		changing.add(button(bar, "Keep v&2", "Keep version 2 as it is (Ctrl+Shift+2)", () -> actions.keep(1)));
		changing.add(button(bar, "&Non-conflicting…", "Take every field changed on one side only (Ctrl+Shift+N)",
				actions::takeNonConflicting));
		changing.add(button(bar, "Link &Policy…", "Resolve as the link's policy would (Ctrl+Shift+P)",
				actions::applyLinkPolicy));
		changing.add(button(bar, "&Defer…", "Put aside with a reason (Ctrl+Shift+D)", actions::defer));
		changing.add(button(bar, "&Ignore…", "Leave as it is, with a reason (Ctrl+Shift+I)", actions::ignore));
		button(bar, "&Reveal…", "Show masked fields in clear; audited (Ctrl+Shift+R)", actions::reveal);
	}

	private static Button button(Composite bar, String text, String tooltip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/**
	 * Shows {@code conflict}, its ruled fields merged by {@code rules} (the link's field rules, when it resolves
	 * by them); keeps the merge in progress when it is the same conflict with the same versions.
	 */
	public void show(StoredConflict conflict, List<String> sensitivePaths, List<FieldRule> rules, String advice) {
		boolean same = model != null && model.conflict().id() == conflict.id()
				&& ids(model.conflict()).equals(ids(conflict));
		causality.setText(CausalityText.of(conflict, advice));
		if (same) {
			return;
		}
		model = new MergeModel(conflict, rules);
		sensitive = sensitivePaths;
		revealed = false;
		fields.show(model, sensitive, revealed);
		createPicks();
		updatePreview();
		setEnabled(actions.canChange());
	}

	private static List<java.util.UUID> ids(StoredConflict conflict) {
		return conflict.siblings().stream().map(ChangeEvent::eventId).toList();
	}

	private void createPicks() {
		for (Control child : picks.getChildren()) {
			child.dispose();
		}
		List<ChangeEvent> siblings = model.siblings();
		GridLayoutFactory.fillDefaults().numColumns(siblings.size() + 2).applyTo(picks);
		Button ancestor = button(picks, "Use &ancestor", "Take the selected field's value from the common ancestor",
				() -> pick(-1));
		ancestor.setEnabled(model.conflict().ancestor().isPresent());
		for (int i = 0; i < siblings.size(); i++) {
			int index = i;
			button(picks, "Use v" + (i + 1) + " (" + siblings.get(i).origin() + ")",
					"Take the selected field's value from version " + (i + 1), () -> pick(index));
		}
		button(picks, "&Edit Value…", "Type the selected field's merged value as JSON", this::editField);
		picks.getParent().layout(true, true);
	}

	/** Takes the selected field from sibling {@code index}, or from the ancestor for -1. */
	public void pick(int index) {
		Optional<String> field = fields.selectedField();
		if (model == null || field.isEmpty()) {
			return;
		}
		if (index < 0) {
			model.pickAncestor(field.get());
		} else {
			model.pickSibling(field.get(), index);
		}
		fields.refresh();
		updatePreview();
	}

	private void editField() {
		Optional<String> field = fields.selectedField();
		if (model == null || field.isEmpty()) {
			return;
		}
		if (!revealed && SensitiveFields.touches(field.get(), sensitive)) {
			actions.status("Reveal the sensitive fields before editing " + field.get());
			return;
		}
		String current = model.value(field.get()).isMissingNode() ? "" : model.value(field.get()).toString();
		actions.editValue(field.get(), current).ifPresent(text -> model.edit(field.get(), text)
				.ifPresentOrElse(error -> actions.status("Not JSON: " + error), () -> {
					fields.refresh();
					updatePreview();
				}));
	}

	private void updatePreview() {
		preview.setText(revealed ? model.merged().toPrettyString()
				: SensitiveFields.mask(model.merged(), sensitive).toPrettyString());
	}

	/** Shows sensitive values in clear (after an audited reveal). */
	public void reveal() {
		revealed = true;
		fields.setRevealed(true);
		if (model != null) {
			updatePreview();
		}
	}

	/** Shows nothing. */
	public void clear() {
		model = null;
		causality.setText("Select a conflict to compare its versions.");
		fields.clear();
		for (Control child : picks.getChildren()) {
			child.dispose();
		}
		preview.setText("");
		setEnabled(false);
	}

	private void setEnabled(boolean enabled) {
		changing.forEach(control -> control.setEnabled(enabled));
	}

	/** The merge in progress, if a conflict is shown. */
	public Optional<MergeModel> model() {
		return Optional.ofNullable(model);
	}

	/** Selects the row of {@code field} in the fields table. */
	public void selectField(String field) {
		model().flatMap(m -> m.diff().rows().stream().filter(row -> row.name().equals(field)).findFirst())
				.ifPresent(row -> fields.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(row)));
	}

	public Composite control() {
		return root;
	}
}
