using Microsoft.Extensions.Options;
using NodaTime;
using Quartz;

namespace Planner.Invitations;

/// <summary>
/// One pass of the mail work, in order: queue the reminders due, send the outbox. Both jobs and the
/// <c>mail dispatch</c> verb run it. (Changes of events are queued by the transactions that make them,
/// see <see cref="Announcements"/>.)
/// </summary>
public sealed class MailWork(Reminders reminders, MailDispatcher dispatcher, IClock clock)
{
    public async Task<DispatchResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        await reminders.QueueDueAsync(now, cancellationToken);
        return await dispatcher.RunAsync(cancellationToken);
    }

    /// <summary><c>planner mail dispatch</c>: one pass now; prints <c>sent N, failed N, deferred N</c>.</summary>
    public static async Task<int> DispatchVerbAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var result = await services.GetRequiredService<MailWork>().RunAsync();
        await output.WriteLineAsync($"sent {result.Sent}, failed {result.Failed}, deferred {result.Deferred}");
        return 0;
    }
}

/// <summary>
/// Every 30 seconds: runs <see cref="MailWork"/> (unless <see cref="MailOptions.AutoDispatch"/> is off,
/// as in tests that run the work by hand).
/// </summary>
[DisallowConcurrentExecution]
public sealed class MailDispatchJob(MailWork work, IOptions<MailOptions> options) : IJob
{
    public static readonly JobKey Key = new("mail-dispatch", "planner");

    public static void Schedule(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<MailDispatchJob>(j => j.WithIdentity(Key).StoreDurably().RequestRecovery().WithDescription("Sends the mail outbox."));
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("mail-dispatch-30s", "planner")
            .StartNow().WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromSeconds(30)).RepeatForever()));
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.AutoDispatch)
            await work.RunAsync(cancellationToken);
    }
}

/// <summary>
/// Fired by the per-event reminder triggers (see <see cref="Reminders"/>): queues what is due and sends it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(MailWork work) : IJob
{
    public static readonly JobKey Key = new("mail-reminders", "planner");

    public static void Schedule(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<ReminderJob>(j => j.WithIdentity(Key).StoreDurably().RequestRecovery().WithDescription("Queues and sends the reminders due."));
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await work.RunAsync(cancellationToken);
}
