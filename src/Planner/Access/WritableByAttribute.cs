using System.Security.Claims;

namespace Planner.Access;

/// <summary>
/// Lets the named roles change through this API endpoint or page handler too, besides planners and admins
/// (an exercise controller releases injects but edits nothing else). Reading is never narrowed by it: an
/// endpoint's own policy (such as <see cref="Policies.Msel"/>) still applies to everyone.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class WritableByAttribute(params string[] roles) : Attribute
{
    /// <summary>Role names, as in tokens and users (<c>controller</c>).</summary>
    public IReadOnlyList<string> Roles { get; } = roles;

    public bool Allows(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && Roles.Any(user.IsInRole);
    }
}
