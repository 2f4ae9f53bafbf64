using Dapper;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using NodaTime;
using Planner.Data;

namespace Planner.Access;

/// <summary>
/// How sign-in attempts are limited, under <c>Planner:Web</c> (the section of the sign-in page's per-address limit).
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "Planner:Web";

    /// <summary>Failed sign-ins allowed per user name per minute, and sign-in attempts per client address; default 5.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 5;

    /// <summary>
    /// Addresses of the reverse proxies in front of Planner (<c>10.0.0.5</c>, or a network <c>10.0.0.0/24</c>). Only a
    /// request arriving from one of them has its client address taken from <c>X-Forwarded-For</c> (and its scheme
    /// from <c>X-Forwarded-Proto</c>); from anywhere else the headers are ignored, so nobody chooses the address
    /// the per-address limit counts. Empty (the default): no proxy is trusted, not even one on this machine.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];
}

/// <summary>
/// Sign-in attempts in fixed one-minute windows, counted in the database so that every host of one database counts
/// the same attempts (table <c>sign_in_attempt</c>). Failed sign-ins per user name: past the limit, every attempt
/// with that name is refused (429) until the window ends, whatever the address — the per-address limit alone let one
/// client behind a shared proxy lock everyone out, and let many addresses try one name without end. Names compare
/// without case. Every attempt per client address: past the limit, the sign-in form answers 429 until the window ends.
/// </summary>
public sealed class SignInLimits(Db db, IOptions<SignInOptions> options, IClock clock)
{
    /// <summary>Ends the request with 429 when <paramref name="name"/> has used up its failed attempts of this minute.</summary>
    public async Task EnsureAllowedAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var attempts = await db.ReadAsync(c => c.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(attempts), 0) FROM sign_in_attempt WHERE subject = @subject AND minute = @minute",
            new { subject = NameSubject(name), minute = Minute() }), cancellationToken);
        if (attempts >= Limit)
        {
            throw new PlannerException(ErrorKind.Throttled, ErrorCode.SignInTooManyAttempts,
                "Too many failed sign-in attempts for this user name. Wait a minute and try again.",
                extensions: new Dictionary<string, object?> { [Http.StorageProblems.RetryAfter] = 60 });
        }
    }

    /// <summary>Counts a failed attempt for <paramref name="name"/>.</summary>
    public Task FailedAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return CountAsync(NameSubject(name), cancellationToken);
    }

    /// <summary>Counts an attempt from <paramref name="address"/>; false when it is one more than this minute allows.</summary>
    public async Task<bool> AddressAllowedAsync(IPAddress? address, CancellationToken cancellationToken = default) =>
        await CountAsync("address:" + (address?.ToString() ?? "unknown"), cancellationToken) <= Limit;

    private static string NameSubject(string name) => "name:" + name.Trim().ToLowerInvariant();

    /// <summary>Adds one to the subject's count of this minute, forgetting past minutes; returns the new count.</summary>
    private Task<long> CountAsync(string subject, CancellationToken cancellationToken)
    {
        var minute = Minute();
        return db.WriteAsync(async (c, tx) =>
        {
            await c.ExecuteAsync("DELETE FROM sign_in_attempt WHERE minute < @minute", new { minute }, tx);
            return await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO sign_in_attempt (subject, minute, attempts) VALUES (@subject, @minute, 1)
                ON CONFLICT (subject, minute) DO UPDATE SET attempts = sign_in_attempt.attempts + 1
                RETURNING attempts
                """, new { subject, minute }, tx);
        }, cancellationToken);
    }

    private int Limit => Math.Max(1, options.Value.SignInAttemptsPerMinute);

    private long Minute() => clock.GetCurrentInstant().ToUnixTimeSeconds() / 60;

    /// <summary>Trusts <c>X-Forwarded-For</c>/<c>-Proto</c> from the configured proxies only (none by default).</summary>
    public static void ConfigureForwarding(ForwardedHeadersOptions forwarded, SignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(forwarded);
        ArgumentNullException.ThrowIfNull(options);
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        forwarded.ForwardLimit = 1;
        foreach (var entry in options.TrustedProxies.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (entry.Contains('/', StringComparison.Ordinal))
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            else
                forwarded.KnownProxies.Add(IPAddress.Parse(entry));
        }
    }
}
