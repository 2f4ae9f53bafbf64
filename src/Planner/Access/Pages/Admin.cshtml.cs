using Microsoft.AspNetCore.Mvc;
using Planner.Web;

namespace Planner.Access.Pages;

/// <summary>
/// <c>/admin</c>, for administrators only: web users (create, change role, reset password, disable or enable) and API
/// tokens (create, shown once; revoke). The last enabled administrator can be neither demoted nor disabled.
/// </summary>
public sealed class AdminModel(UserStore users, UserAdmin admin, TokenStore tokens) : PlannerPage
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyList<TokenStore.TokenInfo> Tokens { get; private set; } = [];

    /// <summary>A token just created: its secret is shown on this one response and never again.</summary>
    public TokenStore.CreatedToken? NewToken { get; private set; }

    /// <summary>The roles, as stored.</summary>
    public static IReadOnlyList<string> Roles { get; } = Enum.GetValues<Role>().Select(TokenStore.RoleName).ToList();

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await admin.ListAsync(cancellationToken);
        Tokens = await tokens.ListAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostCreateUserAsync(string? name, string? role, string? password, CancellationToken cancellationToken) =>
        ChangeAsync("user", () => users.CreateAsync(name, role, password, cancellationToken), cancellationToken, fragment: "users");

    public Task<IActionResult> OnPostRoleAsync(long id, string? role, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"user-{id}", () => admin.ChangeRoleAsync(id, role, version, cancellationToken), cancellationToken, fragment: "users");

    public Task<IActionResult> OnPostPasswordAsync(long id, string? password, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"user-{id}", () => admin.ResetPasswordAsync(id, password, version, cancellationToken), cancellationToken, fragment: "users");

    public Task<IActionResult> OnPostDisableAsync(long id, bool disabled, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"user-{id}", () => admin.SetDisabledAsync(id, disabled, version, cancellationToken), cancellationToken, fragment: "users");

    /// <summary>Creates a token and shows it on this response only (no redirect, so it is never in an address or a cookie).</summary>
    public async Task<IActionResult> OnPostCreateTokenAsync(string? name, string? role, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync("token", async () =>
        {
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
                throw PlannerException.Invalid("name", "name is required.", ErrorCode.ValueRequired);
            var parsed = TokenStore.TryParseRole(role) ?? throw PlannerException.Invalid("role", "role is one of admin, planner, viewer, controller.", ErrorCode.RoleUnknown);
            NewToken = await tokens.CreateAsync(name.Trim(), parsed, cancellationToken);
        }, cancellationToken);
        if (NewToken is null)
            return result; // refused: the page with the reasons
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRevokeTokenAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync("token", () => tokens.RevokeAsync(id, null, cancellationToken), cancellationToken, fragment: "tokens");
}
