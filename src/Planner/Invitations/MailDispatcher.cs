using Dapper;
using MailKit;
using MailKit.Net.Smtp;
using System.Data.Common;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;
using Planner.Data;
using Planner.Hosting;

namespace Planner.Invitations;

/// <summary>What one run of the dispatcher did.</summary>
public sealed record DispatchResult(int Sent, int Failed, int Deferred);

/// <summary>
/// Sends the outbox: every queued message whose time has come, oldest first, over one connection; any number of
/// hosts (and the <c>mail dispatch</c> verb) may do so at once on one database.
/// </summary>
/// <remarks>
/// A message is claimed before it is handed over (state <c>sending</c>, <c>claimed_by</c> this host, a lease of
/// <see cref="MailOptions.LeaseSeconds"/>, renewed while the server takes its time) and marked <c>sent</c> only after
/// the server accepted it, and only by its claimant. Another host takes a message in <c>sending</c> once its lease
/// has ended: a host killed mid-send leaves at most the one message it was sending to go again, under its
/// Message-ID, after its lease. Once sent, its stored body is deleted (the RSVP link in it stays live until the
/// deadline). A message whose whole text went to the server without a final reply in time is <c>unknown</c>: not
/// sent again by itself. A 5xx reply is permanent: the message is failed with the server's reason. Anything else
/// (4xx, connection refused or lost, timeout) is transient: the message is tried again after a growing pause (30 s,
/// 1 min, 2 min … at most 1 h), until <see cref="MailOptions.MaxAttempts"/>. When the connection fails the run stops,
/// leaving the rest queued. When nothing is left to claim but other hosts hold messages, the run waits for them (up
/// to a lease), so a message a dead host held goes out in this run. Runs of one process never overlap.
/// </remarks>
public sealed partial class MailDispatcher(Db db, IClock clock, IOptions<SmtpOptions> smtp, IOptions<MailOptions> mail,
    IOptions<PlannerOptions> planner, HostIdentity host, ILogger<MailDispatcher> logger, IEnumerable<IDeliveryObserver> observers) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Shared attachment bodies read in recent runs (used under <see cref="_gate"/> only).</summary>
    private readonly Dictionary<string, byte[]> _parts = new(StringComparer.Ordinal);

    /// <summary>Where messages go: the configured SMTP server, else <c>.eml</c> files in <c>&lt;DataDirectory&gt;/outbox/</c>.</summary>
    /// <exception cref="InvalidOperationException">On a clustered setup without an SMTP server (see <see cref="SmtpOptions.ClusterProblem"/>).</exception>
    public IMailTransport OpenTransport() => SmtpOptions.ClusterProblem(planner.Value, smtp.Value) is { } problem
        ? throw new InvalidOperationException(problem)
        : string.IsNullOrWhiteSpace(smtp.Value.Host)
        ? new EmlTransport(Path.Combine(Path.GetFullPath(planner.Value.DataDirectory), "outbox"))
        : new SmtpTransport(smtp.Value);

    /// <summary>A message this host holds: its id and its attempts, this one counted.</summary>
    private sealed record Claimed(long Id, long Attempts);

    private Duration Lease => Duration.FromSeconds(Math.Max(3, mail.Value.LeaseSeconds));


    /// <summary>Sends what is due now; returns the counts.</summary>
    public async Task<DispatchResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            int sent = 0, failed = 0, deferred = 0;
            await using var transport = OpenTransport();
            await using var connection = await db.OpenAsync(cancellationToken);
            var claimed = await ClaimAsync(connection, null);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (claimed is not null || await OthersHoldAsync(connection, waited, cancellationToken))
            {
                claimed ??= await ClaimAsync(connection, null);
                if (claimed is null)
                    continue;
                waited.Restart();
                var (outcome, next) = await SendOneAsync(connection, transport, claimed, cancellationToken);
                claimed = next;
                switch (outcome)
                {
                    case Outcome.Sent:
                        sent++;
                        break;
                    case Outcome.Failed:
                        failed++;
                        break;
                    case Outcome.Deferred:
                        deferred++;
                        break;
                    case Outcome.Lost:
                        break;
                    default:
                        deferred += 1 + await DeferRestAsync(connection);
                        LogDispatched(logger, sent, failed, deferred);
                        return new DispatchResult(sent, failed, deferred);
                }

                claimed ??= await ClaimAsync(connection, null);
            }

            if (sent + failed > 0)
                LogDispatched(logger, sent, failed, deferred);
            return new DispatchResult(sent, failed, deferred);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Claimed?> ClaimAsync(DbConnection connection, DbTransaction? tx)
    {
        var now = clock.GetCurrentInstant();
        return await connection.QuerySingleOrDefaultAsync<Claimed>(OutboxSql.Claim(Dialect.Of(connection)),
            new { host = host.Id, now = Sql.Seconds(now), until = Sql.Seconds(now + Lease) }, tx);
    }

    /// <summary>
    /// Nothing to claim: true (after a pause of a second) while other hosts hold messages, for at most a lease and a
    /// little more of this process's own time since the last claim; false when none do, or when that time is up.
    /// </summary>
    private async Task<bool> OthersHoldAsync(DbConnection connection, System.Diagnostics.Stopwatch waited, CancellationToken cancellationToken)
    {
        if (waited.Elapsed > Lease.ToTimeSpan() + TimeSpan.FromSeconds(3))
            return false;
        var held = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM outbox WHERE state = 'sending' AND claimed_by <> @host", new { host = host.Id });
        if (held == 0)
            return false;
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return true;
    }

    private enum Outcome
    {
        Sent,
        Failed,
        Deferred,
        Lost,
        Stop,
    }

    /// <summary>
    /// Sends one claimed message. To write once per message, the mark that records it as sent also claims the next
    /// message (returned with the outcome).
    /// </summary>
    private async Task<(Outcome Outcome, Claimed? Next)> SendOneAsync(DbConnection connection, IMailTransport transport, Claimed row,
        CancellationToken cancellationToken)
    {
        var mine = new { id = row.Id, host = host.Id };
        try
        {
            var message = await SharedParts.LoadAsync(connection, row.Id, _parts, cancellationToken);
            await WhileLeasedAsync(row.Id, () => transport.SendAsync(message, row.Id, cancellationToken), cancellationToken);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            // This recipient or this message is refused for good; a 5xx to the sender or the session (530
            // authentication required) is the server's and goes the transient way, so it fails no message by itself.
            await connection.ExecuteAsync("UPDATE outbox SET state = 'failed', lease_until = NULL, last_error = @error WHERE " + OutboxSql.Mine,
                new { mine.id, mine.host, error = $"{(int)e.StatusCode} {e.Message}" });
            LogRejected(logger, row.Id, (int)e.StatusCode, e.Message);
            return (Outcome.Failed, null);
        }
        catch (OutcomeUnknownException e)
        {
            // The server may have the message: sending it again could deliver it twice. A planner decides (resend).
            await connection.ExecuteAsync("UPDATE outbox SET state = 'unknown', lease_until = NULL, last_error = @error WHERE " + OutboxSql.Mine,
                new { mine.id, mine.host, error = e.Message });
            LogUnknown(logger, row.Id, e.Message);
            return (Outcome.Stop, null);
        }
        catch (Exception e) when (IsTransient(e))
        {
            var error = e is SmtpCommandException command ? $"{(int)command.StatusCode} {e.Message}" : e.Message;
            var final = row.Attempts >= mail.Value.MaxAttempts;
            await connection.ExecuteAsync(
                "UPDATE outbox SET state = @state, claimed_by = NULL, lease_until = NULL, next_attempt_at = @next, last_error = @error WHERE " + OutboxSql.Mine,
                new { mine.id, mine.host, state = final ? "failed" : "queued", next = Sql.Seconds(clock.GetCurrentInstant() + Backoff(row.Attempts)), error });
            LogDeferred(logger, row.Id, row.Attempts, e.Message);

            // A 4xx reply leaves the connection usable for the next message; anything else ends the run.
            return (e is SmtpCommandException { StatusCode: < (SmtpStatusCode)500 } ? (final ? Outcome.Failed : Outcome.Deferred) : Outcome.Stop, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Anything else is this message's own fault (it cannot be written out, say): it fails with the reason,
            // rather than staying in the state sending, where every later run would pick it up first again.
            await connection.ExecuteAsync("UPDATE outbox SET state = 'failed', lease_until = NULL, last_error = @error WHERE " + OutboxSql.Mine,
                new { mine.id, mine.host, error = e.GetType().Name + ": " + e.Message });
            LogRejected(logger, row.Id, 0, e.Message);
            return (Outcome.Failed, null);
        }

        foreach (var observer in observers)
            await observer.AcceptedAsync(row.Id);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var marked = await connection.ExecuteAsync("UPDATE outbox SET state = 'sent', sent_at = @now, lease_until = NULL, last_error = NULL WHERE " + OutboxSql.Mine,
            new { mine.id, mine.host, now = Sql.Seconds(clock.GetCurrentInstant()) }, tx) == 1;
        // Once sent, the body (with its live RSVP link) is not kept: the recipient has it, the outbox keeps the record.
        if (marked)
            await connection.ExecuteAsync("DELETE FROM outbox_body WHERE outbox_id = @id", new { mine.id }, tx);
        else
            LogLost(logger, row.Id);
        var next = await ClaimAsync(connection, tx);
        await tx.CommitAsync(cancellationToken);
        return (marked ? Outcome.Sent : Outcome.Lost, next);
    }

    /// <summary>Runs <paramref name="send"/>, renewing the lease of message <paramref name="id"/> every third of a lease until it ends.</summary>
    private async Task WhileLeasedAsync(long id, Func<Task> send, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(id, stop.Token);
        try
        {
            await send();
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await renewing;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task RenewAsync(long id, CancellationToken cancellationToken)
    {
        var every = Lease.ToTimeSpan() / 3;
        while (true)
        {
            await Task.Delay(every, cancellationToken);
            await using var connection = await db.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(OutboxSql.Renew,
                new { id, host = host.Id, until = Sql.Seconds(clock.GetCurrentInstant() + Lease) });
        }
    }

    /// <summary>After the connection failed: the other due messages wait as long as the one that failed.</summary>
    private async Task<int> DeferRestAsync(DbConnection connection)
    {
        var now = clock.GetCurrentInstant();
        return await connection.ExecuteAsync("UPDATE outbox SET next_attempt_at = @next WHERE state = 'queued' AND next_attempt_at <= @now",
            new { now = Sql.Seconds(now), next = Sql.Seconds(now + Backoff(1)) });
    }

    /// <summary>The pause before attempt <paramref name="attempts"/> + 1: 30 s doubling per attempt, at most an hour.</summary>
    public static Duration Backoff(long attempts) =>
        Duration.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20))));

    private static bool IsTransient(Exception e) => e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
        or ServiceNotAuthenticatedException or MailKit.Security.AuthenticationException or IOException
        or System.Net.Sockets.SocketException or TimeoutException or MailKit.Security.SslHandshakeException;

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail dispatch: {Sent} sent, {Failed} failed, {Deferred} deferred")]
    private static partial void LogDispatched(ILogger logger, int sent, int failed, int deferred);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Id} rejected for good: {Status} {Reason}")]
    private static partial void LogRejected(ILogger logger, long id, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Id} may or may not have been delivered; left for a planner to send again: {Reason}")]
    private static partial void LogUnknown(ILogger logger, long id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Id} was sent, but its lease had ended and another host had taken it: it may arrive twice")]
    private static partial void LogLost(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Id} not sent (attempt {Attempts}), will retry: {Reason}")]
    private static partial void LogDeferred(ILogger logger, long id, long attempts, string reason);
}

/// <summary>
/// Told that the SMTP server accepted a message, before the outbox marks it sent: the one point where a crash
/// leaves a message to be sent again. Planner registers none; a test registers one that stops the run there.
/// </summary>
public interface IDeliveryObserver
{
    Task AcceptedAsync(long outboxId);
}
