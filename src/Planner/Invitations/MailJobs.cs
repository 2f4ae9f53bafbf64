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

/// <summary>
/// Sends the outbox right after invitations are queued, rather than at the dispatch job's next run (up to 30 s
/// later): <see cref="Now"/> asks this host's background loop for one pass of <see cref="MailWork"/>. Asks made while a
/// pass runs are folded into one more pass. On several hosts each sends what it queued at once, and the others join
/// through the outbox's claims. Off with <see cref="MailOptions.AutoDispatch"/>.
/// </summary>
public sealed partial class MailNudge(IServiceProvider services, IOptions<MailOptions> options, ILogger<MailNudge> logger) : BackgroundService
{
    private readonly SemaphoreSlim _asked = new(0, 1);

    /// <summary>Asks for a pass soon; returns at once.</summary>
    public void Now()
    {
        if (!options.Value.AutoDispatch)
            return;
        try
        {
            _asked.Release();
        }
        catch (SemaphoreFullException)
        {
            // A pass is asked for already.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _asked.WaitAsync(stoppingToken);
            try
            {
                await services.GetRequiredService<MailWork>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    public override void Dispose()
    {
        _asked.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail dispatch after queueing failed; the dispatch job tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
