package org.syncscope.ui.dashboard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for the start and end (date and time of day, local time) of a custom chart window. */
public final class CustomWindowDialog extends TitleAreaDialog {

	/** The dialog's window title. */
	public static final String TITLE = "Custom Time Window";

	private final ZoneId zone = ZoneId.systemDefault();
	private TimeRange range;
	private DateTime startDate;
	private DateTime startTime;
	private DateTime endDate;
	private DateTime endTime;

	/** A dialog that starts out showing {@code initial}. */
	public CustomWindowDialog(Shell parent, TimeRange initial) {
		super(parent);
		this.range = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Show a custom span of history");
		setMessage("The charts read one-second samples for the last hour and one-minute samples before that.");
		Composite fields = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(fields);
		new Label(fields, SWT.NONE).setText("Start:");
		startDate = new DateTime(fields, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		startTime = new DateTime(fields, SWT.TIME | SWT.MEDIUM | SWT.BORDER);
		new Label(fields, SWT.NONE).setText("End:");
		endDate = new DateTime(fields, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		endTime = new DateTime(fields, SWT.TIME | SWT.MEDIUM | SWT.BORDER);
		set(startDate, startTime, range.fromMillis());
		set(endDate, endTime, range.toMillis());
		for (DateTime field : new DateTime[] { startDate, startTime, endDate, endTime }) {
			field.addListener(SWT.Selection, event -> validate());
		}
		return area;
	}

	private void set(DateTime date, DateTime time, long millis) {
		LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone);
		date.setDate(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth());
		time.setTime(local.getHour(), local.getMinute(), local.getSecond());
	}

	private long millis(DateTime date, DateTime time) {
		return ZonedDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes(),
				time.getSeconds(), 0, zone).toInstant().toEpochMilli();
	}

	private void validate() {
		boolean ordered = millis(endDate, endTime) > millis(startDate, startTime);
		setErrorMessage(ordered ? null : "The end must come after the start.");
		getButton(IDialogConstants.OK_ID).setEnabled(ordered);
	}

	@Override
	protected void okPressed() {
		range = new TimeRange(millis(startDate, startTime), millis(endDate, endTime));
		super.okPressed();
	}

	/** The chosen range (the initial one until OK is pressed). */
	public TimeRange range() {
		return range;
	}
}
