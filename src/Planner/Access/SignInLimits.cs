using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Planner.Access;

/// <summary>
/// How sign-in attempts are limited, under <c>Planner:Web</c> (the section of the sign-in page's per-address limit).
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "Planner:Web";

    /// <summary>Failed sign-ins allowed per user name per minute (and attempts per client address); default 5.</summary>
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
/// Failed sign-ins per user name in fixed one-minute windows: past the limit, every attempt with that name is
/// refused (429) until the window ends, whatever the address — the per-address limit alone let one client behind
/// a shared proxy lock everyone out, and let many addresses try one name without end. Names compare without case.
/// </summary>
public sealed class SignInLimits(IOptions<SignInOptions> options, IClock clock)
{
    private readonly ConcurrentDictionary<string, (long Window, int Failures)> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ends the request with 429 when <paramref name="name"/> has used up its failed attempts of this minute.</summary>
    public void EnsureAllowed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var window = Window();
        if (_failures.TryGetValue(name.Trim(), out var entry) && entry.Window == window && entry.Failures >= Limit)
        {
            throw new PlannerException(ErrorKind.Throttled, "signIn.tooManyAttempts",
                "Too many failed sign-in attempts for this user name. Wait a minute and try again.",
                extensions: new Dictionary<string, object?> { [Http.StorageProblems.RetryAfter] = 60 });
        }
    }

    /// <summary>Counts a failed attempt for <paramref name="name"/>.</summary>
    public void Failed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var window = Window();
        if (_failures.Count > 10_000)
        {
            foreach (var stale in _failures.Where(f => f.Value.Window != window).Select(f => f.Key).ToList())
                _failures.TryRemove(stale, out _);
        }

        _failures.AddOrUpdate(name.Trim(), (window, 1), (_, e) => e.Window == window ? (window, e.Failures + 1) : (window, 1));
    }

    private int Limit => Math.Max(1, options.Value.SignInAttemptsPerMinute);

    private long Window() => clock.GetCurrentInstant().ToUnixTimeSeconds() / 60;

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
