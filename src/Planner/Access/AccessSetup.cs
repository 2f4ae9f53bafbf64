using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Planner.Http;

namespace Planner.Access;

/// <summary>Authentication, roles, and the token endpoints.</summary>
public static class AccessSetup
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddSingleton<TokenStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<SignInStore>();
        services.AddSingleton<SignInLimits>();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SignInOptions>>((o, signIn) => SignInLimits.ConfigureForwarding(o, signIn.Value));
        services.AddAuthentication(SignInCookie.Either)
            .AddPolicyScheme(SignInCookie.Either, null, o => o.ForwardDefaultSelector = SignInCookie.ChooseScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.Scheme, null)
            .AddCookie(SignInCookie.Scheme, SignInCookie.Configure);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Api, p => p.AddRequirements(new ApiAccessRequirement()))
            .AddPolicy(Policies.Admin, p => p.RequireRole("admin"))
            .AddPolicy(Policies.Planners, p => p.RequireRole("planner", "admin"))
            .AddPolicy(Policies.Web, p => p.RequireAuthenticatedUser());
        return services;
    }

    public sealed record TokenInput(string? Name, string? Role);

    /// <summary>The id of the API token making the request; null for a signed-in web user.</summary>
    private static long? CallerTokenId(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == BearerTokenHandler.Scheme
        && long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary><c>/api/tokens</c>: admins list, create and revoke tokens.</summary>
    public static void MapAccess(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").RequireAuthorization(Policies.Admin).WithTags("Access");

        tokens.MapGet("/", (TokenStore store, CancellationToken ct) => store.ListAsync(ct));

        tokens.MapPost("/", async (TokenInput input, TokenStore store, CancellationToken ct) =>
        {
            var check = new Check();
            var name = check.Text("name", input.Name, required: true, maxLength: 100);
            var role = TokenStore.TryParseRole(input.Role);
            check.That(role is not null, "role", "role is one of admin, planner, viewer, controller.");
            check.ThrowIfFailed();
            var created = await store.CreateAsync(name, role!.Value, ct);
            return Results.Created($"/api/tokens/{created.Id}", created);
        });

        tokens.MapDelete("/{id:long}", async (long id, ClaimsPrincipal user, TokenStore store, CancellationToken ct) =>
            await store.RevokeAsync(id, CallerTokenId(user), ct) ? Results.NoContent() : throw PlannerException.NotFound("token", id));
    }
}
