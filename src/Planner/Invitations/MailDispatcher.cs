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
/// Sends the outbox: every queued message whose time has come, oldest first, over one connection.
/// </summary>
/// <remarks>
/// A message is marked <c>sending</c> before it is handed over and <c>sent</c> only after the server accepted it.
/// Once sent, its stored body is deleted (the RSVP link in it stays live until the deadline). A message whose
/// whole text went to the server without a final reply in time is <c>unknown</c>: not sent again by itself.
/// A message still <c>sending</c> when a run starts was in flight when the service stopped: it is sent again
/// under its Message-ID — the only way a message can go twice. A 5xx reply is permanent: the message is
/// failed with the server's reason. Anything else (4xx, connection refused or lost, timeout) is transient:
/// the message is tried again after a growing pause (30 s, 1 min, 2 min … at most 1 h), until
/// <see cref="MailOptions.MaxAttempts"/>. When the connection fails the run stops, leaving the rest queued.
/// Runs never overlap.
/// </remarks>
public sealed partial class MailDispatcher(Db db, IClock clock, IOptions<SmtpOptions> smtp, IOptions<MailOptions> mail,
    IOptions<PlannerOptions> planner, ILogger<MailDispatcher> logger, IEnumerable<IDeliveryObserver> observers) : IDisposable
{
    private const int Batch = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Shared attachment bodies read in recent runs (used under <see cref="_gate"/> only).</summary>
    private readonly Dictionary<string, byte[]> _parts = new(StringComparer.Ordinal);

    /// <summary>Where messages go: the configured SMTP server, else <c>.eml</c> files in <c>&lt;DataDirectory&gt;/outbox/</c>.</summary>
    public IMailTransport OpenTransport() => string.IsNullOrWhiteSpace(smtp.Value.Host)
        ? new EmlTransport(Path.Combine(Path.GetFullPath(planner.Value.DataDirectory), "outbox"))
        : new SmtpTransport(smtp.Value);

    private sealed record DueRow(long Id, string State, long Attempts);

    /// <summary>Sends what is due now; returns the counts.</summary>
    public async Task<DispatchResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            int sent = 0, failed = 0, deferred = 0;
            await using var transport = OpenTransport();
            await using var connection = await db.OpenAsync(cancellationToken);
            while (true)
            {
                var now = clock.GetCurrentInstant();
                var due = (await connection.QueryAsync<DueRow>(
                    """
                    SELECT id, state, attempts FROM outbox
                    WHERE state = 'sending' OR (state = 'queued' AND next_attempt_at <= @now)
                    ORDER BY id LIMIT @Batch
                    """, new { now = Sql.Seconds(now), Batch })).ToList();
                if (due.Count == 0)
                    break;
                var marked = false;
                for (var i = 0; i < due.Count; i++)
                {
                    var next = i + 1 < due.Count ? due[i + 1] : null;
                    var outcome = await SendOneAsync(connection, transport, due[i], marked, next, cancellationToken);
                    marked = outcome == Outcome.SentAndNextMarked;
                    switch (outcome)
                    {
                        case Outcome.Sent or Outcome.SentAndNextMarked:
                            sent++;
                            break;
                        case Outcome.Failed:
                            failed++;
                            break;
                        case Outcome.Deferred:
                            deferred++;
                            break;
                        case Outcome.Skipped:
                            break;
                        default:
                            deferred += 1 + await DeferRestAsync(connection, due.Skip(i + 1));
                            LogDispatched(logger, sent, failed, deferred);
                            return new DispatchResult(sent, failed, deferred);
                    }
                }

                if (due.Count < Batch)
                    break;
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

    private enum Outcome
    {
        Sent,
        SentAndNextMarked,
        Failed,
        Deferred,
        Skipped,
        Stop,
    }

    /// <summary>
    /// Sends one message between its two marks. To write once per message, the mark that records this message as
    /// sent also marks <paramref name="next"/> as sending (<paramref name="marked"/> tells the next call it was);
    /// there is still never more than one message in the state sending.
    /// </summary>
    private async Task<Outcome> SendOneAsync(DbConnection connection, IMailTransport transport, DueRow row, bool marked, DueRow? next,
        CancellationToken cancellationToken)
    {
        var message = await SharedParts.LoadAsync(connection, row.Id, _parts, cancellationToken);
        var attempts = row.Attempts + 1;
        // The claim names the state read, so a message another dispatcher (the `mail dispatch` verb) took is left to it.
        if (!marked && await connection.ExecuteAsync("UPDATE outbox SET state = 'sending', attempts = @attempts WHERE id = @Id AND state = @State",
                new { row.Id, attempts, row.State }) == 0)
            return Outcome.Skipped;
        try
        {
            await transport.SendAsync(message, row.Id, cancellationToken);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            // This recipient or this message is refused for good; a 5xx to the sender or the session (530
            // authentication required) is the server's and goes the transient way, so it fails no message by itself.
            await connection.ExecuteAsync("UPDATE outbox SET state = 'failed', last_error = @error WHERE id = @Id",
                new { row.Id, error = $"{(int)e.StatusCode} {e.Message}" });
            LogRejected(logger, row.Id, (int)e.StatusCode, e.Message);
            return Outcome.Failed;
        }
        catch (OutcomeUnknownException e)
        {
            // The server may have the message: sending it again could deliver it twice. A planner decides (resend).
            await connection.ExecuteAsync("UPDATE outbox SET state = 'unknown', last_error = @error WHERE id = @Id",
                new { row.Id, error = e.Message });
            LogUnknown(logger, row.Id, e.Message);
            return Outcome.Stop;
        }
        catch (Exception e) when (IsTransient(e))
        {
            var error = e is SmtpCommandException command ? $"{(int)command.StatusCode} {e.Message}" : e.Message;
            var final = attempts >= mail.Value.MaxAttempts;
            await connection.ExecuteAsync("UPDATE outbox SET state = @state, next_attempt_at = @next, last_error = @error WHERE id = @Id",
                new { row.Id, state = final ? "failed" : "queued", next = Sql.Seconds(clock.GetCurrentInstant() + Backoff(attempts)), error });
            LogDeferred(logger, row.Id, attempts, e.Message);

            // A 4xx reply leaves the connection usable for the next message; anything else ends the run.
            return e is SmtpCommandException { StatusCode: < (SmtpStatusCode)500 } ? (final ? Outcome.Failed : Outcome.Deferred) : Outcome.Stop;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Anything else is this message's own fault (it cannot be written out, say): it fails with the reason,
            // rather than staying in the state sending, where every later run would pick it up first again.
            await connection.ExecuteAsync("UPDATE outbox SET state = 'failed', last_error = @error WHERE id = @Id",
                new { row.Id, error = e.GetType().Name + ": " + e.Message });
            LogRejected(logger, row.Id, 0, e.Message);
            return Outcome.Failed;
        }

        foreach (var observer in observers)
            await observer.AcceptedAsync(row.Id);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE outbox SET state = 'sent', sent_at = @now, last_error = NULL WHERE id = @Id",
            new { row.Id, now = Sql.Seconds(clock.GetCurrentInstant()) }, tx);
        // Once sent, the body (with its live RSVP link) is not kept: the recipient has it, the outbox keeps the record.
        await connection.ExecuteAsync("DELETE FROM outbox_body WHERE outbox_id = @Id", new { row.Id }, tx);
        var nextMarked = next is not null && await connection.ExecuteAsync(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = @Id AND state = @State", new { next.Id, next.State }, tx) == 1;
        await tx.CommitAsync(cancellationToken);
        return nextMarked ? Outcome.SentAndNextMarked : Outcome.Sent;
    }

    /// <summary>After the connection failed: the other due messages wait as long as the one that failed.</summary>
    private async Task<int> DeferRestAsync(DbConnection connection, IEnumerable<DueRow> rest)
    {
        var ids = rest.Where(r => r.State == "queued").Select(r => r.Id).ToList();
        if (ids.Count == 0)
            return 0;
        await connection.ExecuteAsync(Dialect.Of(connection).Lists("UPDATE outbox SET next_attempt_at = @next WHERE id IN @ids"),
            new { ids, next = Sql.Seconds(clock.GetCurrentInstant() + Backoff(1)) });
        return ids.Count;
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
