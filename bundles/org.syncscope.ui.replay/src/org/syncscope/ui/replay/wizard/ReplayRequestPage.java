package org.syncscope.ui.replay.wizard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.syncscope.replay.ReplayException;
import org.syncscope.topology.SyncLink;
import org.syncscope.ui.replay.wizard.ReplayChoice.KeyKind;
import org.syncscope.ui.replay.wizard.ReplayChoice.RangeKind;

/**
 * First page of the replay wizard: link, range (offsets per partition or a time window), key filter, target
 * and reason. It checks what it can locally; the next page's dry run checks the rest against the broker.
 */
final class ReplayRequestPage extends WizardPage {

	private final List<SyncLink> links;
	private final ReplayChoice choice;
	private final String operator;
	private Combo linkCombo;
	private Combo targetCombo;

	ReplayRequestPage(List<SyncLink> links, ReplayChoice choice, String operator) {
		super("request", "Replay changes", null);
		this.links = links;
		this.choice = choice;
		this.operator = operator;
		setDescription("Choose what to re-send, where to, and why. A dry run follows before anything is written.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);

		label(page, "&Link:");
		linkCombo = new Combo(page, SWT.READ_ONLY);
		links.forEach(link -> linkCombo.add(link.getName() + "  (" + link.getChangeLogTopic() + ")"));
		linkCombo.select(Math.max(0, links.indexOf(choice.link)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(linkCombo);
		linkCombo.addListener(SWT.Selection, e -> {
			choice.link = links.get(linkCombo.getSelectionIndex());
			fillTargets();
			changed();
		});

		Group range = group(page, "Range");
		Button byOffsets = radio(range, "By &offsets (partition:from-to, end exclusive):", choice.rangeKind == RangeKind.OFFSETS,
				() -> choice.rangeKind = RangeKind.OFFSETS);
		text(range, choice.offsets, "0:100-200, 1:0-50", value -> choice.offsets = value);
		radio(range, "By &time (ISO-8601 instants, from inclusive, to exclusive):", choice.rangeKind == RangeKind.TIME,
				() -> choice.rangeKind = RangeKind.TIME);
		if (choice.from.isEmpty()) {
			Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
			choice.from = now.minus(1, ChronoUnit.HOURS).toString();
			choice.to = now.toString();
		}
		Composite window = new Composite(range, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(window);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(window);
		label(window, "From:");
		text(window, choice.from, "", value -> choice.from = value);
		label(window, "To:");
		text(window, choice.to, "", value -> choice.to = value);
		byOffsets.setFocus();

		Group keys = group(page, "Keys");
		radio(keys, "&All keys", choice.keyKind == KeyKind.ALL, () -> choice.keyKind = KeyKind.ALL);
		radio(keys, "&Exactly these keys (comma separated):", choice.keyKind == KeyKind.EXACT,
				() -> choice.keyKind = KeyKind.EXACT);
		radio(keys, "Keys matching a regular e&xpression:", choice.keyKind == KeyKind.PATTERN,
				() -> choice.keyKind = KeyKind.PATTERN);
		text(keys, choice.keys, "customer/42, customer/43   or   customer/4\\d", value -> choice.keys = value);

		label(page, "Tar&get topic:");
		targetCombo = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(targetCombo);
		targetCombo.addListener(SWT.Selection, e -> {
			choice.target = targetCombo.getText();
			changed();
		});
		fillTargets();

		label(page, "&Reason (audited):");
		text(page, choice.reason, "Why the target needs these changes again", value -> choice.reason = value);

		setControl(page);
		changed();
	}

	private void fillTargets() {
		targetCombo.removeAll();
		if (choice.link == null) {
			return;
		}
		TreeSet<String> targets = new TreeSet<>(choice.link.getReplayTargetTopics());
		targets.remove(choice.link.getChangeLogTopic());
		targetCombo.add(choice.link.getChangeLogTopic());
		targets.forEach(targetCombo::add);
		int index = targetCombo.indexOf(choice.target);
		targetCombo.select(Math.max(0, index));
		choice.target = targetCombo.getText();
	}

	private void changed() {
		((ReplayWizard) getWizard()).choiceChanged();
		try {
			choice.toRequest(operator);
			setErrorMessage(null);
			setPageComplete(true);
		} catch (ReplayException e) {
			setErrorMessage(e.getMessage());
			setPageComplete(false);
		}
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		return group;
	}

	private Button radio(Composite parent, String text, boolean selected, Runnable onSelect) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setSelection(selected);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				onSelect.run();
				changed();
			}
		});
		return button;
	}

	private Text text(Composite parent, String value, String hint, Consumer<String> onChange) {
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> {
			onChange.accept(text.getText());
			changed();
		});
		return text;
	}
}
