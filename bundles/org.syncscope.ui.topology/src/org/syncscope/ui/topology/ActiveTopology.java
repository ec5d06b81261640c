package org.syncscope.ui.topology;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.syncscope.topology.resource.TopologyLoadException;
import org.syncscope.ui.status.StatusLine;

/**
 * The topology open in the workbench. The document and its last validation live in the application context,
 * so parts and handlers receive them by injection and follow when another file is opened; this class is
 * the one place that changes them.
 */
@Creatable
public class ActiveTopology {

	private final IEclipseContext context;
	private final IEventBroker events;

	@Inject
	public ActiveTopology(MApplication application, IEventBroker events) {
		this.context = application.getContext();
		this.events = events;
	}

	/** The open document, if any. */
	public Optional<TopologyDocument> document() {
		return Optional.ofNullable(context.get(TopologyDocument.class));
	}

	/**
	 * Opens {@code file} in place of the current document. On failure nothing changes: the current document
	 * stays open and the file is not touched.
	 */
	public TopologyDocument open(Path file) throws TopologyLoadException {
		TopologyDocument document = TopologyDocument.open(file);
		showOpened(document);
		return document;
	}

	/**
	 * Reads {@code file} in a Job, so the UI thread never waits on the disk, then on the UI thread makes it the
	 * open document if {@code stillWanted} agrees, or hands the reason it could not be read to {@code failed}.
	 */
	public void openInBackground(Path file, UISynchronize ui, BooleanSupplier stillWanted,
			Consumer<TopologyLoadException> failed) {
		Job.create("Opening " + file.getFileName(), monitor -> {
			try {
				TopologyDocument document = TopologyDocument.open(file);
				ui.asyncExec(() -> {
					if (stillWanted.getAsBoolean()) {
						showOpened(document);
					} else {
						document.dispose();
					}
				});
			} catch (TopologyLoadException e) {
				ui.asyncExec(() -> failed.accept(e));
			}
		}).schedule();
	}

	private void showOpened(TopologyDocument document) {
		show(document);
		status("Opened " + document.file().getFileName() + ": " + document.topology().getEndpoints().size()
				+ " endpoints, " + document.topology().getLinks().size() + " links");
	}

	/** Makes {@code document} the open one, disposing the previous document. */
	public void show(TopologyDocument document) {
		Optional<TopologyDocument> previous = document();
		context.set(Validation.class, null);
		context.set(TopologyDocument.class, document);
		previous.filter(p -> p != document).ifPresent(TopologyDocument::dispose);
	}

	/** Closes the open document without saving. */
	public void close() {
		Optional<TopologyDocument> previous = document();
		context.remove(Validation.class);
		context.remove(TopologyDocument.class);
		previous.ifPresent(TopologyDocument::dispose);
	}

	/** Publishes the result of validating the open document to the Problems part and the status line. */
	public void publish(Validation validation) {
		context.set(Validation.class, validation);
		status("Validated " + validation.document().file().getFileName() + ": " + validation.summary());
	}

	/** Shows {@code message} in the status line. */
	public void status(String message) {
		events.send(StatusLine.TOPIC_MESSAGE, message);
	}
}
