using System.Security.Claims;
using NodaTime;
using Planner.Data;

namespace Planner.Access;

/// <summary>
/// Who is making the current change, for the history: the signed-in user or API token of the request,
/// a delegation's reply link while <see cref="As"/> names it, or <c>system</c> (jobs, the command line).
/// </summary>
/// <remarks>
/// The reply link and jobs name their actor explicitly with <see cref="As"/>; it lasts for the
/// asynchronous flow that opened it, so concurrent requests never see each other's actor.
/// </remarks>
public sealed class ActorContext(IHttpContextAccessor http, IClock clock) : IChangeContext
{
    private readonly AsyncLocal<string?> _named = new();

    public string Actor => _named.Value ?? FromRequest(http.HttpContext?.User) ?? "system";

    public Instant Now => clock.GetCurrentInstant();

    /// <summary>Makes <paramref name="actor"/> the actor of what runs until the returned scope is disposed.</summary>
    public IDisposable As(string actor)
    {
        var before = _named.Value;
        _named.Value = actor;
        return new Scope(() => _named.Value = before);
    }

    private static string? FromRequest(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity || identity.Name is not { } name)
            return null;
        return identity.AuthenticationType == BearerTokenHandler.Scheme ? "token:" + name : name;
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
