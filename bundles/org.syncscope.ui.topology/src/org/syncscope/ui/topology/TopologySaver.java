package org.syncscope.ui.topology;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves the open topology the way an operator expects: validate first, publish the problems, and if there
 * are any ask before writing (an invalid topology may still be saved, e.g. half-way through an edit).
 */
@Creatable
public class TopologySaver {

	private final ActiveTopology active;
	private final TopologyPrompts prompts;

	@Inject
	public TopologySaver(ActiveTopology active, TopologyPrompts prompts) {
		this.active = active;
		this.prompts = prompts;
	}

	/** Saves to the document's file; returns whether it was written. */
	public boolean save(Shell shell, TopologyDocument document) {
		return save(shell, document, document.file());
	}

	/** Saves to {@code target}, which becomes the document's file; returns whether it was written. */
	public boolean save(Shell shell, TopologyDocument document, Path target) {
		Validation validation = Validation.of(document);
		active.publish(validation);
		if (!validation.isClean() && !prompts.saveDespiteProblems(shell, validation)) {
			active.status("Not saved: " + document.file().getFileName() + " has " + validation.summary());
			return false;
		}
		try {
			if (target.equals(document.file())) {
				document.save();
			} else {
				document.saveAs(target);
			}
		} catch (IOException | RuntimeException e) {
			prompts.saveFailed(shell, target, e);
			active.status("Cannot save " + target + ": " + e.getMessage());
			return false;
		}
		active.status("Saved " + target.getFileName()
				+ (validation.isClean() ? "" : " (with " + validation.summary() + ")"));
		return true;
	}
}
