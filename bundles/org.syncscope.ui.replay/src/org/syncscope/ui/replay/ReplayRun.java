package org.syncscope.ui.replay;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayLink;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayResult;
import org.syncscope.replay.ReplayService;
import org.syncscope.replay.ReplayState;
import org.syncscope.ui.status.StatusLine;

/**
 * A replay executing (or resuming) as an Eclipse Job: progress through the job's monitor and the event
 * broker, cancel through {@link #cancel()}, the outcome in the status line. The engine records the job and
 * its audit rows; this class only connects it to the workbench.
 */
public final class ReplayRun extends Job {

	private final ReplayAccess access;
	private final IEventBroker events;
	private final ReplayPlan plan;
	private final String resumeJobId;
	private final ReplayLink resumeLink;

	private ReplayRun(String name, ReplayAccess access, IEventBroker events, ReplayPlan plan, String resumeJobId,
			ReplayLink resumeLink) {
		super(name);
		this.access = access;
		this.events = events;
		this.plan = plan;
		this.resumeJobId = resumeJobId;
		this.resumeLink = resumeLink;
		setUser(false);
	}

	/** A run of a planned replay. */
	public static ReplayRun of(ReplayPlan plan, ReplayAccess access, IEventBroker events) {
		return new ReplayRun("Replaying " + plan.request().link().sourceTopic() + " to " + plan.request().targetTopic(),
				access, events, plan, null, null);
	}

	/** A resume of an interrupted job. */
	public static ReplayRun resume(String jobId, ReplayLink link, ReplayAccess access, IEventBroker events) {
		return new ReplayRun("Resuming replay " + jobId, access, events, null, jobId, link);
	}

	/** Schedules the run and tells the workbench about it. */
	public void start() {
		schedule();
		events.post(ReplayEvents.STARTED, this);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ReplayService service = access.service();
			ReplayResult result = plan != null
					? service.execute(plan, progress -> events.post(ReplayEvents.PROGRESS, progress), monitor)
					: service.resume(resumeJobId, resumeLink, progress -> events.post(ReplayEvents.PROGRESS, progress),
							monitor);
			events.post(ReplayEvents.FINISHED, result);
			events.post(StatusLine.TOPIC_MESSAGE, String.format(Locale.ROOT, "Replay %s %s: %,d of %,d events. %s",
					result.jobId().substring(0, 8), result.state().name().toLowerCase(Locale.ROOT), result.done(),
					result.total(), result.message()));
			return result.state() == ReplayState.CANCELLED ? Status.CANCEL_STATUS
					: result.state() == ReplayState.FAILED ? Status.warning(result.message()) : Status.OK_STATUS;
		} catch (ReplayException e) {
			events.post(ReplayEvents.FINISHED, e.getMessage());
			events.post(StatusLine.TOPIC_MESSAGE, "Replay refused: " + e.getMessage());
			return Status.warning(e.getMessage(), e);
		}
	}
}
