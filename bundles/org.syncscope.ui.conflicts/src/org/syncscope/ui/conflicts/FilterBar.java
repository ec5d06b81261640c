package org.syncscope.ui.conflicts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.syncscope.resolution.StoredConflict;

/**
 * Filters above the conflicts table (link by name, key or replica text, minimum age) and the counts per link.
 */
final class FilterBar {

	private static final String ALL_LINKS = "All links";
	private static final String[] AGES = { "Any age", "Older than 1 min", "Older than 10 min", "Older than 1 h" };
	private static final Duration[] AGE_VALUES = { Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(10),
			Duration.ofHours(1) };

	private final Combo link;
	private final Text text;
	private final Combo age;
	private final Label counts;
	private final Consumer<ConflictFilter> changed;
	private final Function<String, String> linkName;
	private List<String> linkIds = List.of();

	FilterBar(Composite parent, Consumer<ConflictFilter> changed, Function<String, String> linkName) {
		this.changed = changed;
		this.linkName = linkName;
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		link = new Combo(bar, SWT.READ_ONLY);
		link.setItems(ALL_LINKS);
		link.select(0);
		text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Key or replica");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		age = new Combo(bar, SWT.READ_ONLY);
		age.setItems(AGES);
		age.select(0);
		counts = new Label(parent, SWT.WRAP);
		counts.setData("org.syncscope.id", "counts");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
		link.addListener(SWT.Selection, event -> fire());
		text.addListener(SWT.Modify, event -> fire());
		age.addListener(SWT.Selection, event -> fire());
	}

	private void fire() {
		String selectedLink = link.getSelectionIndex() <= 0 ? "" : linkIds.get(link.getSelectionIndex() - 1);
		changed.accept(new ConflictFilter(selectedLink, text.getText(), AGE_VALUES[Math.max(0, age.getSelectionIndex())]));
	}

	/** Updates the link choices and the counts per link from {@code pending}. */
	void update(List<StoredConflict> pending) {
		Map<String, Integer> perLink = new TreeMap<>();
		pending.forEach(conflict -> perLink.merge(conflict.linkId(), 1, Integer::sum));
		StringBuilder text = new StringBuilder(pending.size() + " pending");
		perLink.forEach((id, count) -> text.append(" · ").append(linkName.apply(id)).append(": ").append(count));
		counts.setText(text.toString());
		String selected = link.getText();
		String[] items = new String[perLink.size() + 1];
		items[0] = ALL_LINKS;
		int i = 1;
		for (String id : perLink.keySet()) {
			items[i++] = linkName.apply(id);
		}
		if (!List.of(items).equals(List.of(link.getItems()))) {
			linkIds = List.copyOf(perLink.keySet());
			link.setItems(items);
			int index = List.of(items).indexOf(selected);
			link.select(Math.max(0, index));
		}
		counts.getParent().layout(true, true);
	}
}
