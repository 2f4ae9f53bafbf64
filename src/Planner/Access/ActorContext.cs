using System.Security.Claims;
using NodaTime;
using Planner.Data;

namespace Planner.Access;

/// <summary>
/// Who is making the current change, for the history: the actor the request names for itself (<see cref="RequestChanges"/>:
/// a delegation's reply link), else the signed-in user or API token of the request, else <c>system</c> (jobs, the command line).
/// Whether the request's changes are a trial is said by the request too.
/// </summary>
public sealed class ActorContext(IHttpContextAccessor http, IClock clock) : IChangeContext
{
    public string Actor => Named?.Actor ?? FromRequest(http.HttpContext?.User) ?? "system";

    public Instant Now => clock.GetCurrentInstant();

    public bool Trial => Named?.Trial ?? false;

    private RequestChanges? Named => http.HttpContext?.Features.Get<RequestChanges>();

    private static string? FromRequest(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity || identity.Name is not { } name)
            return null;
        return identity.AuthenticationType == BearerTokenHandler.Scheme ? "token:" + name : name;
    }
}

/// <summary>
/// What one request says about the changes it makes, kept on the request itself (a feature of its <see cref="HttpContext"/>)
/// and read by <see cref="ActorContext"/>: nothing outlives the request or is seen by another.
/// </summary>
public sealed class RequestChanges
{
    /// <summary>The actor the request names, e.g. <c>rsvp:KAZ</c> for a reply link; null for the signed-in user or token.</summary>
    public string? Actor { get; set; }

    /// <summary>Whether write units roll back after their checks (see <see cref="IChangeContext.Trial"/>).</summary>
    public bool Trial { get; set; }

    /// <summary>The request's own, made on first use.</summary>
    public static RequestChanges Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<RequestChanges>() is { } known)
            return known;
        var made = new RequestChanges();
        context.Features.Set(made);
        return made;
    }
}
