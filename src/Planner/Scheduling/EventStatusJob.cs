using Dapper;
using NodaTime;
using Planner.Data;
using Quartz;

namespace Planner.Scheduling;

/// <summary>
/// Every hour, marks planned events whose end has passed as held. Its trigger lives in Quartz's
/// tables in the database, so a restart neither loses nor duplicates it.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class EventStatusJob(Db db, IClock clock, ILogger<EventStatusJob> logger) : IJob
{
    public static readonly JobKey Key = new("advance-event-status", "planner");

    public static void Schedule(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<EventStatusJob>(j => j.WithIdentity(Key).StoreDurably().RequestRecovery().WithDescription("Marks events that have ended as held."));
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("advance-event-status-hourly", "planner")
            .StartNow().WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var changed = await AdvanceAsync(db, clock.GetCurrentInstant(), cancellationToken);
        if (changed > 0)
            LogAdvanced(logger, changed);
    }

    /// <summary>Marks events that ended before <paramref name="now"/> and were planned or invited as held.</summary>
    public static Task<int> AdvanceAsync(Db db, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.WriteAsync((c, tx) => Events.EventLifecycle.MarkHeldAsync(c, tx, now), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marked {Count} event(s) as held")]
    private static partial void LogAdvanced(ILogger logger, int count);
}
