package org.syncscope.logging;

import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MarkerIgnoringBase;
import org.slf4j.helpers.MessageFormatter;

/**
 * One library logger: warnings and errors become platform log entries named after the logger, repeats of a
 * message held back for a minute and then counted; trace, debug and info are dropped.
 */
final class PlatformLogger extends MarkerIgnoringBase {

	private static final long serialVersionUID = 1L;

	private final transient RepeatedMessages repeats;
	private final transient Consumer<IStatus> platformLog;

	PlatformLogger(String name, RepeatedMessages repeats, Consumer<IStatus> log) {
		this.name = name;
		this.repeats = repeats;
		this.platformLog = log;
	}

	private void write(int severity, String format, Object... arguments) {
		OptionalInt heldBack = repeats.admit(name + '\u0000' + format);
		if (heldBack.isEmpty()) {
			return;
		}
		FormattingTuple message = MessageFormatter.arrayFormat(format, arguments);
		String text = heldBack.getAsInt() == 0 ? message.getMessage()
				: message.getMessage() + " (" + heldBack.getAsInt() + " more like this since the last one shown)";
		platformLog.accept(new Status(severity, name, text, message.getThrowable()));
	}

	@Override
	public boolean isWarnEnabled() {
		return true;
	}

	@Override
	public void warn(String msg) {
		write(IStatus.WARNING, msg);
	}

	@Override
	public void warn(String format, Object arg) {
		write(IStatus.WARNING, format, arg);
	}

	@Override
	public void warn(String format, Object... arguments) {
		write(IStatus.WARNING, format, arguments);
	}

	@Override
	public void warn(String format, Object arg1, Object arg2) {
		write(IStatus.WARNING, format, arg1, arg2);
	}

	@Override
	public void warn(String msg, Throwable t) {
		write(IStatus.WARNING, msg, t);
	}

	@Override
	public boolean isErrorEnabled() {
		return true;
	}

	@Override
	public void error(String msg) {
		write(IStatus.ERROR, msg);
	}

	@Override
	public void error(String format, Object arg) {
		write(IStatus.ERROR, format, arg);
	}

	@Override
	public void error(String format, Object arg1, Object arg2) {
		write(IStatus.ERROR, format, arg1, arg2);
	}

	@Override
	public void error(String format, Object... arguments) {
		write(IStatus.ERROR, format, arguments);
	}

	@Override
	public void error(String msg, Throwable t) {
		write(IStatus.ERROR, msg, t);
	}

	// Trace, debug and info: the Kafka clients say at these levels what they configure and join, every time.

	@Override
	public boolean isTraceEnabled() {
		return false;
	}

	@Override
	public void trace(String msg) {
	}

	@Override
	public void trace(String format, Object arg) {
	}

	@Override
	public void trace(String format, Object arg1, Object arg2) {
	}

	@Override
	public void trace(String format, Object... arguments) {
	}

	@Override
	public void trace(String msg, Throwable t) {
	}

	@Override
	public boolean isDebugEnabled() {
		return false;
	}

	@Override
	public void debug(String msg) {
	}

	@Override
	public void debug(String format, Object arg) {
	}

	@Override
	public void debug(String format, Object arg1, Object arg2) {
	}

	@Override
	public void debug(String format, Object... arguments) {
	}

	@Override
	public void debug(String msg, Throwable t) {
	}

	@Override
	public boolean isInfoEnabled() {
		return false;
	}

	@Override
	public void info(String msg) {
	}

	@Override
	public void info(String format, Object arg) {
	}

	@Override
	public void info(String format, Object arg1, Object arg2) {
	}

	@Override
	public void info(String format, Object... arguments) {
	}

	@Override
	public void info(String msg, Throwable t) {
	}
}
