using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Planner.Access;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the stored token hashes.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();

        var secret = header["Bearer ".Length..].Trim();
        if (secret.Length is 0 or > 200)
            return AuthenticateResult.Fail("Malformed token.");

        var token = await tokens.FindAsync(secret, Context.RequestAborted);
        if (token is null)
            return AuthenticateResult.Fail("Unknown token.");

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, token.Name),
                new Claim(ClaimTypes.Role, TokenStore.RoleName(token.Role)),
            ],
            Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}

/// <summary>
/// Reading needs any token or a signed-in web user (so that the pages can link to documents);
/// changing needs a token of the planner or admin role: the API never takes a change on the
/// strength of a cookie alone, so no other site can make a browser change anything through it.
/// </summary>
internal sealed class ApiAccessRequirement : AuthorizationHandler<ApiAccessRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var method = http?.Request.Method ?? HttpMethods.Get;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        var alsoWritableBy = http?.GetEndpoint()?.Metadata.GetMetadata<WritableByAttribute>();
        if (context.User.Identity?.IsAuthenticated == true
            && (reads || (context.User.Identity.AuthenticationType == BearerTokenHandler.Scheme
                          && (context.User.IsInRole("planner") || context.User.IsInRole("admin") || alsoWritableBy?.Allows(context.User) == true))))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
